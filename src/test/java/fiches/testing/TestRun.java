package fiches.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one test run, made afresh in the system's temporary folder and deleted when the
 * run ends: what a run renders for its tests is never mistaken for what an earlier run, or a
 * build in another folder, left behind.
 */
public final class TestRun {
    private static final Path FOLDER = create();

    private TestRun() {}

    /** A folder of this run, by name; made when first asked for. */
    public static Path folder(String name) {
        try {
            return Files.createDirectories(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path create() {
        try {
            Path folder = Files.createTempDirectory("fiches-test-run-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "fiches-test-run-cleanup"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // left to the system's cleaning of its temporary folder
        }
    }
}
