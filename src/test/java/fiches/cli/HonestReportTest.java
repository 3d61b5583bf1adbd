package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says what happened and nothing else: no file name can forge a line, no option is ignored. */
class HonestReportTest {
    @TempDir
    Path tmp;

    FaultScene scene;

    @BeforeEach
    void scene() throws IOException {
        scene = new FaultScene(tmp);
    }

    @Test
    void aFileNameWithALineBreakCannotForgeAFailedLine() throws IOException {
        String name = "z\nFAILED " + FaultScene.GOOD + ".md";
        Path forged = Fixtures.write(scene.guides.resolve(name), Fixtures.guide("Piège", 1, "Texte."));

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out);

        assertEquals(0, run.status(), run::all);
        assertFalse(run.out().lines().anyMatch(l -> l.startsWith("FAILED")), run::all);
        assertTrue(run.out().contains("done   " + scene.guides + "/z\\nFAILED "), run::all);
        assertEquals("Piège", Fixtures.pdfTitle(scene.out.resolve(Edition.HANDOUT.fileName(name.replace(".md", "")))));
        Cli.Run json = Cli.run(scene.guides, "--out", scene.out, "--force", "--report", "json");
        assertEquals(
                forged.toString(),
                FaultScene.result((Map<?, ?>) Json.parse(json.out()), forged).get("file"));
    }

    @Test
    void aFileNameWithALineBreakOrATabKeepsOneLineOfTheManifestAndIsRecognisedUnchanged() throws IOException {
        Fixtures.write(scene.guides.resolve("a\nfaux\tdigest.md"), Fixtures.guide("Piège", 1, "Texte."));

        Cli.Run first = Cli.run(scene.guides, "--out", scene.out);
        assertEquals(0, first.status(), first::all);
        List<String> lines = Files.readAllLines(scene.out.resolve(".fiches-manifest"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("a\\nfaux\\tdigest\t"), lines::toString);

        Cli.Run second = Cli.run(scene.guides, "--out", scene.out);
        assertEquals(
                2, second.out().lines().filter(l -> l.startsWith("same   ")).count(), second::all);
    }

    @Test
    void benchZeroIsAUsageError() {
        Cli.Run run = Cli.run(scene.guides, "--bench", "0", "--out", scene.out);
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("--bench must be 1 or more"), run::all);
        FaultScene.assertNoStackTrace(run);
    }

    @Test
    void benchRefusesCheckAndJson() {
        assertEquals(2, Cli.run(scene.guides, "--bench", "1", "--check").status());
        assertEquals(
                2,
                Cli.run(scene.guides, "--bench", "1", "--report", "json", "--out", scene.out)
                        .status());
    }

    @Test
    void benchHonoursSizeEditionAndOut() throws IOException {
        Cli.Run run = Cli.run(scene.guides, "--bench", "1", "--size", "24", "--edition", "handout", "--out", scene.out);
        assertEquals(0, run.status(), run::all);
        assertTrue(run.out().contains("guides rendered   1 (handout edition at 24 pt: 1 PDFs)"), run::all);
        assertTrue(run.out().contains(", in " + scene.out + "\n"), run::all);
        assertEquals(List.of(), Fixtures.filesIn(scene.out), "the scratch folder is removed");
    }
}
