package fiches.source;

import fiches.problem.GuideProblems;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Problems;
import fiches.problem.Thrown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/** Reads a guide file: from its folder only, bounded in size, strictly UTF-8, BOM and CRLF accepted. */
public final class SourceReader {
    /** Guides are a few kilobytes; a megabyte leaves room for long ones and stops runaway files. */
    public static final long DEFAULT_MAX_BYTES = 1_000_000;

    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * A guide file's text, or the problems that say why it cannot be read.
     *
     * @param source   the text, when it could be read
     * @param problems why it could not (then an error), else none
     */
    public record Read(Path file, Optional<GuideSource> source, Problems problems) {}

    /** Reads a guide file; a file that cannot be read is told by the problems, never thrown. */
    public Read read(Path file) {
        try {
            return new Read(file, Optional.of(text(file)), Problems.NONE);
        } catch (GuideProblems e) {
            return new Read(file, Optional.empty(), Problems.of(e.problems()));
        }
    }

    /** The text, or the first problem met, which stops the reading. */
    private GuideSource text(Path file) throws GuideProblems {
        byte[] bytes = readBounded(file);
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new GuideProblems(Problem.error(
                    file,
                    0,
                    Kind.FILE_EMPTY,
                    "The file is empty.",
                    "Write the front matter (between two --- lines) and the guide's text."));
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Composed letters (é, not e + ◌́): what a screen reader, a search and the font expect.
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return new GuideSource(file, Normalizer.normalize(lines, Normalizer.Form.NFC));
    }

    /**
     * The bytes of a guide file that lies in its folder: a link is followed only to a regular
     * file inside the same folder (a link to a guide beside it, or in a folder below it). The
     * size cap is kept while reading, since some files (those of /proc) report a size of 0.
     */
    private byte[] readBounded(Path file) throws GuideProblems {
        Path real = confined(file);
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new GuideProblems(
                        Problem.error(
                                file,
                                0,
                                Kind.FILE_TOO_LARGE,
                                "The file is over " + maxBytes / 1000 + " KB; a guide may be at most " + maxBytes / 1000
                                        + " KB.",
                                "Check that this is the right file: a guide is usually under 20 KB. Split a very long one into several guides."));
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Path confined(Path file) throws GuideProblems {
        Path folder = file.toAbsolutePath().getParent();
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new GuideProblems(Problem.error(
                        file,
                        0,
                        Kind.FILE_OUTSIDE_FOLDER,
                        "The file is a link to " + real + ", outside the folder of the guides: Fiches reads "
                                + "only the files inside it.",
                        "Copy the file into " + folder + " instead of linking to it."));
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new GuideProblems(Problem.error(
                    file,
                    0,
                    Kind.FILE_UNREADABLE,
                    "The file is not a regular file.",
                    "Put the guide in the folder as a plain text file."));
        }
        return real;
    }

    private static GuideProblems unreadable(Path file, IOException e) {
        return new GuideProblems(Problem.error(
                file,
                0,
                Kind.FILE_UNREADABLE,
                "The file cannot be read (" + Thrown.describe(e) + ").",
                "Check that it exists and that you may read it."));
    }

    /** Blank, or only a byte-order mark: what some editors save for an empty document. */
    private static boolean isBlank(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String decode(Path file, byte[] bytes) throws GuideProblems {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position());
        }
        if (decoder.flush(out).isError()) {
            throw notUtf8(file, bytes, bytes.length);
        }
        String text = out.flip().toString();
        if (text.indexOf('\0') >= 0) {
            throw notUtf8(file, bytes, indexOfNul(bytes));
        }
        return text;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return bytes.length;
    }

    private static GuideProblems notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String value = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
        Problem p = Problem.error(
                file,
                line,
                Kind.NOT_UTF8,
                "The file is not valid UTF-8 text: byte " + value + " is not allowed here.",
                "Save the file as UTF-8 (in most editors: Save as… then Encoding: UTF-8).");
        return new GuideProblems(p.atColumn(charactersBefore(bytes, lineStart, offset) + 1));
    }

    /** The column an editor shows: characters, not bytes, before the bad byte on its line. */
    private static int charactersBefore(byte[] bytes, int lineStart, int offset) {
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return before.codePointCount(0, before.length());
    }
}
