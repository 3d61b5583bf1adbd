package fiches.testing;

import fiches.TestFiles;
import fiches.batch.GuideFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The guides the tests read, listed as a run lists a folder ({@link GuideFolder}): its entries
 * whose name ends in {@code .md}, in name order. One listing, so that a test sees the guides a
 * run would make, and no test lists a folder in its own way.
 */
public final class TestGuides {
    private TestGuides() {}

    /** The sample guides shipped with Fiches, {@code guides/}. */
    public static List<Path> samples() {
        return in(TestFiles.SAMPLES);
    }

    /** The guides written to push the print layout, {@code src/test/resources/print/}. */
    public static List<Path> print() {
        return in(TestFiles.PRINT_GUIDES);
    }

    /** The guides of one folder, as a run lists them; a folder that holds an entry a run skips is no test folder. */
    public static List<Path> in(Path folder) {
        try {
            GuideFolder listed = GuideFolder.scan(folder);
            if (!listed.skipped().isEmpty()) {
                throw new AssertionError(folder + " holds entries a run skips: " + listed.skipped());
            }
            return listed.guides();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guides of a folder and of every folder inside it, each folder as a run lists it. */
    public static List<Path> under(Path folder) {
        List<Path> guides = new ArrayList<>();
        try (Stream<Path> folders = Files.walk(folder)) {
            folders.filter(Files::isDirectory).sorted().forEach(f -> guides.addAll(in(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return guides.stream().sorted().toList();
    }
}
