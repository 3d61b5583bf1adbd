package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that reads {@code --report json} gets one JSON document even when the command line is
 * refused (exit status 2): no guide, and the error that says what is wrong.
 */
class UsageErrorJsonTest {
    @TempDir
    Path tmp;

    private Map<?, ?> refused(String expected, Object... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.status(), run::all);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        assertEquals(0L, report.get("guides"), run::all);
        assertEquals(0L, report.get("failed"), run::all);
        assertEquals(List.of(), report.get("results"), run::all);
        Map<?, ?> error = (Map<?, ?>) report.get("error");
        assertTrue(((String) error.get("message")).contains(expected), run::all);
        assertFalse(((String) error.get("fix")).isBlank(), run::all);
        assertTrue(run.err().contains(expected), "the error is also told to a person reading the terminal");
        return report;
    }

    @Test
    void anOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("pas-un-dossier"), "x");
        refused("is a file, not a folder", Fixtures.SAMPLES, "--out", file, "--report", "json");
        assertEquals("x", Files.readString(file), "nothing is done");
    }

    @Test
    void anUnknownOption() {
        refused("'--taille'", Fixtures.SAMPLES, "--report", "json", "--taille", "20");
    }

    @Test
    void aSizeThatIsNoPreset() {
        refused("--size must be 18, 20 or 24, not 19", Fixtures.SAMPLES, "--size", "19", "--report=json");
    }

    @Test
    void aSizeThatIsNoNumberAndAnEditionThatDoesNotExist() {
        refused("'--size'", Fixtures.SAMPLES, "--report", "JSON", "--size", "grand");
        refused("'--edition'", Fixtures.SAMPLES, "--edition", "papier", "--report", "json");
    }

    @Test
    void aFolderOfGuidesThatIsNotThere() {
        refused("no folder of guides at", tmp.resolve("absent"), "--report", "json", "--check");
    }

    @Test
    void benchWithJson() {
        refused("--bench measures rendering", Fixtures.SAMPLES, "--bench", "2", "--report", "json");
    }

    /** In text, a usage error is told as before: on the error stream, with the usage, nothing on the output. */
    @Test
    void withoutJsonTheUsageIsPrintedAsBefore() {
        List<Cli.Run> runs = new ArrayList<>();
        runs.add(Cli.run(Fixtures.SAMPLES, "--taille", "20"));
        runs.add(Cli.run(Fixtures.SAMPLES, "--report", "text", "--size", "19"));
        runs.add(Cli.run(Fixtures.SAMPLES, "--report", "json", "--report", "text", "--size", "19"));
        for (Cli.Run run : runs) {
            assertEquals(2, run.status(), run::all);
            assertEquals("", run.out(), run::all);
            assertTrue(run.err().contains("Usage: fiches"), run::all);
        }
    }
}
