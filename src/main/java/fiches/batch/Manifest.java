package fiches.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the output folder holds: for each guide, the digest of the inputs its PDFs were made
 * from. A guide whose digest has not changed, and whose PDFs are all there, is not rendered
 * again. Kept as a small text file in the output folder, replaced atomically.
 */
final class Manifest {
    static final String FILE_NAME = ".fiches-manifest";

    private final Path file;
    private final Map<String, String> digests;

    private Manifest(Path file, Map<String, String> digests) {
        this.file = file;
        this.digests = digests;
    }

    /** The manifest of a folder; empty when there is none or it cannot be read. */
    static Manifest in(Path out) {
        Path file = out.resolve(FILE_NAME);
        Map<String, String> digests = new ConcurrentHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    digests.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // a new output folder
        } catch (IOException e) {
            digests.clear(); // unreadable: render everything again, which is always safe
        }
        return new Manifest(file, digests);
    }

    boolean isCurrent(String slug, String digest) {
        return digest.equals(digests.get(slug));
    }

    void record(String slug, String digest) {
        digests.put(slug, digest);
    }

    void forget(String slug) {
        digests.remove(slug);
    }

    void save(AtomicWriter writer) throws IOException {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(digests).forEach((slug, digest) -> sb.append(slug).append('\t').append(digest).append('\n'));
        writer.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
