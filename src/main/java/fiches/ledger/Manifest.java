package fiches.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guides' record of what the output folder holds: for each guide, the {@link Identity} of
 * its PDFs (the program that made them and the digest of their inputs), whether the guide drew
 * any warning, and the images it showed. A guide whose identity has not changed, and whose PDFs
 * are all there, is not rendered again. Kept as a small text file in the output folder, one line
 * a guide ({@code slug TAB identity TAB clean|warned TAB image...}), replaced atomically; a line
 * it cannot read only means rendering again. Names are written with {@code \t}, {@code \n},
 * {@code \r} and {@code \\} escaped, so that a file name holding a line break stays on its line.
 */
public final class Manifest {
    public static final String FILE_NAME = ".fiches-manifest";
    /** 16 MB: a line is about 100 bytes a guide, so room for a hundred thousand guides. */
    public static final int MAX_BYTES = 16 << 20;

    private static final String CLEAN = "clean";
    private static final String WARNED = "warned";

    /**
     * One guide's record.
     *
     * @param identity the identity of its PDFs
     * @param clean    it drew no warning, so that skipping it without a word hides nothing
     * @param images   the images it showed, as written in the guide: with its text, what its digest covers
     */
    public record Entry(String identity, boolean clean, List<String> images) {
        public Entry {
            images = List.copyOf(images);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private final Optional<String> ignored;
    /** What the file holds, as read or last saved: a run that changes nothing does not write it again. */
    private byte[] onDisk;

    private Manifest(Path file, Map<String, Entry> entries, Optional<String> ignored, byte[] onDisk) {
        this.file = file;
        this.entries = entries;
        this.ignored = ignored;
        this.onDisk = onDisk;
    }

    /** Writes the record where it is saved, such as {@code AtomicWriter::write}. */
    public interface Writer {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /**
     * The manifest of a folder; empty when there is none, or when it is too large to be one.
     *
     * @throws IOException when it is there but cannot be read: a folder, or a file without permission
     */
    public static Manifest in(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Manifest(file, entries, Optional.empty(), null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return new Manifest(file, entries, Optional.empty(), null);
        }
        if (bytes.length > MAX_BYTES) {
            return new Manifest(
                    file,
                    entries,
                    Optional.of("The output folder's record " + file + " is over " + (MAX_BYTES >> 20)
                            + " MB, so it cannot be one: it was ignored and is made again."),
                    null);
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
        return new Manifest(file, entries, Optional.empty(), bytes);
    }

    /** Why the record as it was found was ignored, naming it, if it was. */
    public Optional<String> ignored() {
        return ignored;
    }

    public Path file() {
        return file;
    }

    public Optional<Entry> entry(String slug) {
        return Optional.ofNullable(entries.get(slug));
    }

    /** Whether a guide's PDFs were made from inputs of this digest, by the running program. */
    public boolean isUpToDate(String slug, String inputs) {
        return entry(slug)
                .map(e -> e.identity().equals(Identity.of(Identity.Of.GUIDE, inputs)))
                .orElse(false);
    }

    /** Records a guide just made from inputs of this digest; names are escaped, so that any image name fits. */
    public void record(String slug, String inputs, boolean clean, List<String> images) {
        entries.put(slug, new Entry(Identity.of(Identity.Of.GUIDE, inputs), clean, images));
    }

    /** Saves the record in {@link #file()}, unless the file holds it already. */
    public synchronized void save(Writer writer) throws IOException {
        byte[] bytes = bytes();
        if (!Arrays.equals(bytes, onDisk)) {
            writer.write(file, bytes);
            onDisk = bytes;
        }
    }

    /** The record as it is to be saved. */
    public byte[] bytes() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(entries).forEach((slug, e) -> {
            sb.append(escape(slug))
                    .append('\t')
                    .append(e.identity())
                    .append('\t')
                    .append(e.clean() ? CLEAN : WARNED);
            e.images().forEach(image -> sb.append('\t').append(escape(image)));
            sb.append('\n');
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String name) {
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

    private static String unescape(String field) {
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
