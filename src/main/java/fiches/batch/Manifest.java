package fiches.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
 */
final class Manifest {
    static final String FILE_NAME = ".fiches-manifest";
    private static final String CLEAN = "clean";
    private static final String WARNED = "warned";

    /**
     * One guide's record.
     *
     * @param digest the digest of its inputs
     * @param clean  it drew no warning, so that skipping it without a word hides nothing
     * @param images the images it showed, as written in the guide: with its text, what its digest covers
     */
    record Entry(String digest, boolean clean, List<String> images) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private Manifest(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The manifest of a folder; empty when there is none or it cannot be read. */
    static Manifest in(Path out) {
        Path file = out.resolve(FILE_NAME);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 2 && !fields[0].isEmpty()) {
                    boolean clean = fields.length >= 3 && CLEAN.equals(fields[2]);
                    List<String> images = fields.length > 3 ? Arrays.asList(fields).subList(3, fields.length) : List.of();
                    entries.put(fields[0], new Entry(fields[1], clean, List.copyOf(images)));
                }
            }
        } catch (NoSuchFileException e) {
            // a new output folder
        } catch (IOException e) {
            entries.clear(); // unreadable: render everything again, which is always safe
        }
        return new Manifest(file, entries);
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
            sb.append(slug).append('\t').append(e.digest()).append('\t').append(e.clean() ? CLEAN : WARNED);
            e.images().forEach(image -> sb.append('\t').append(image));
            sb.append('\n');
        });
        writer.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
