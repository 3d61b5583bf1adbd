package fiches.batch;

import fiches.problem.Kind;
import fiches.problem.Thrown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the output folder holds: for each guide, the digest of the inputs its PDFs were made
 * from, whether the guide drew any warning, and the images it showed. A guide whose digest has
 * not changed, and whose PDFs are all there, is not rendered again. Kept as a small text file
 * in the output folder, replaced atomically; a line it cannot read only means rendering again.
 * Names are written with {@code \t}, {@code \n}, {@code \r} and {@code \\} escaped, so that a
 * file name holding a line break stays on its line.
 */
final class Manifest {
    static final String FILE_NAME = ".fiches-manifest";
    /** 16 MB: a line is about 100 bytes a guide, so room for a hundred thousand guides. */
    static final int MAX_BYTES = 16 << 20;

    private static final String CLEAN = "clean";
    private static final String WARNED = "warned";

    /**
     * One guide's record.
     *
     * @param digest the digest of its inputs
     * @param clean  it drew no warning, so that skipping it without a word hides nothing
     * @param images the images it showed, as written in the guide: with its text, what its digest covers
     */
    record Entry(String digest, boolean clean, List<String> images) {}

    private final Path file;
    private final Map<String, Entry> entries;
    private final Optional<Notice> notice;

    private Manifest(Path file, Map<String, Entry> entries, Optional<Notice> notice) {
        this.file = file;
        this.entries = entries;
        this.notice = notice;
    }

    /**
     * The manifest of a folder; empty when there is none, or when it is too large to be one.
     *
     * @throws ToolFailure when it is there but cannot be read: a folder, or a file without permission
     */
    static Manifest in(Path out) {
        Path file = out.resolve(FILE_NAME);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Manifest(file, entries, Optional.empty());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return new Manifest(file, entries, Optional.empty());
        } catch (IOException e) {
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The output folder's record " + file + " cannot be read (" + Thrown.describe(e)
                            + (Files.isDirectory(file) ? ": it is a folder" : "") + ").",
                    "Remove " + file + " (Fiches makes it again), or choose another --out folder.",
                    e);
        }
        if (bytes.length > MAX_BYTES) {
            return new Manifest(
                    file,
                    entries,
                    Optional.of(new Notice(
                            Kind.RECORD_REBUILT,
                            "The output folder's record " + file + " is over " + (MAX_BYTES >> 20)
                                    + " MB, so it cannot be one: it was ignored and is made again.",
                            "Nothing to do: every guide is made again this once.")));
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                boolean clean = fields.length >= 3 && CLEAN.equals(fields[2]);
                List<String> images = new ArrayList<>();
                for (int i = 3; i < fields.length; i++) {
                    images.add(unescape(fields[i]));
                }
                entries.put(unescape(fields[0]), new Entry(fields[1], clean, List.copyOf(images)));
            }
        }
        return new Manifest(file, entries, Optional.empty());
    }

    /** A warning about the record as it was found, if it was ignored. */
    Optional<Notice> notice() {
        return notice;
    }

    Path file() {
        return file;
    }

    Optional<Entry> entry(String slug) {
        return Optional.ofNullable(entries.get(slug));
    }

    boolean isCurrent(String slug, String digest) {
        return entry(slug).map(e -> e.digest().equals(digest)).orElse(false);
    }

    void record(String slug, Entry entry) {
        entries.put(slug, entry);
    }

    void save(AtomicWriter writer) throws IOException {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(entries).forEach((slug, e) -> {
            sb.append(escape(slug)).append('\t').append(e.digest()).append('\t').append(e.clean() ? CLEAN : WARNED);
            e.images().forEach(image -> sb.append('\t').append(escape(image)));
            sb.append('\n');
        });
        writer.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                sb.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
