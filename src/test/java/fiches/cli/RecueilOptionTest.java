package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --recueil}: the book is named in the reports, never made by {@code --check}, and its failure is the tool's. */
class RecueilOptionTest {
    private static Path oneGuide(Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.copy(Path.of("guides/creer-son-compte-ameli.md"), guides.resolve("creer-son-compte-ameli.md"));
        return guides;
    }

    @Test
    void theTextReportNamesTheRecueilWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run(oneGuide(dir), "--out", out, "--recueil", "--no-catalogue");
        assertEquals(0, run.status(), run.all());
        assertTrue(
                run.out()
                        .contains("book   " + out.resolve("recueil-grands-caracteres.pdf") + ", "
                                + out.resolve("recueil-accessible.pdf") + " (1 guide)"),
                run.all());
        assertTrue(Files.isRegularFile(out.resolve("recueil-accessible.pdf")));
    }

    @Test
    void theTextReportSaysWhichFailedGuideTheRecueilLeavesOut(@TempDir Path dir) throws IOException {
        Path guides = oneGuide(dir);
        Path broken = Files.writeString(guides.resolve("casse.md"), "---\ntitle: \"Sans étapes\"\n---\n\nRien.\n");
        Cli.Run run = Cli.run(guides, "--out", dir.resolve("out"), "--recueil", "--edition", "handout");
        assertEquals(1, run.status(), run.all());
        assertTrue(run.out().contains("(1 guide; left out as they failed: " + broken + ")"), run.all());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportNamesTheRecueilAndWhetherItWasUpToDate(@TempDir Path dir) throws IOException {
        Path guides = oneGuide(dir);
        Path out = dir.resolve("out");
        Cli.run(guides, "--out", out, "--recueil", "--edition", "handout");
        Cli.Run again = Cli.run(guides, "--out", out, "--recueil", "--edition", "handout", "--report", "json");
        Map<String, Object> report = (Map<String, Object>) Json.parse(again.out());
        Map<String, Object> recueil = (Map<String, Object>) report.get("recueil");
        assertEquals("up-to-date", recueil.get("status"), again.all());
        assertEquals(List.of(out.resolve("recueil-grands-caracteres.pdf").toString()), recueil.get("outputs"));
    }

    @Test
    void checkingMakesNoRecueil(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run(oneGuide(dir), "--out", out, "--recueil", "--check");
        assertEquals(0, run.status(), run.all());
        assertFalse(Files.exists(out.resolve("recueil-grands-caracteres.pdf")), run.all());
    }

    @Test
    void aRecueilThatCannotBeWrittenIsTheToolsFailureAndTheGuidesAreStillMade(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("recueil-grands-caracteres.pdf").resolve("in-the-way"));
        Cli.Run run = Cli.run(oneGuide(dir), "--out", out, "--recueil");
        assertEquals(3, run.status(), run.all());
        assertTrue(run.out().contains("done   "), run.all());
        assertTrue(run.err().contains("The recueil") && run.err().contains("not a fault of a guide"), run.all());
        assertTrue(Files.isRegularFile(out.resolve("creer-son-compte-ameli-grands-caracteres.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "the catalogue is still written");
    }
}
