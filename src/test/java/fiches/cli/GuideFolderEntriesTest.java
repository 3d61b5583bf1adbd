package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the guides folder holds besides guides: a link that leads out of it is refused as a
 * failed guide; entries that look like guides but cannot be read are each named in a warning.
 */
class GuideFolderEntriesTest {
    @TempDir
    Path tmp;

    FaultScene scene;

    @BeforeEach
    void scene() throws IOException {
        scene = new FaultScene(tmp);
    }

    @Test
    void aLinkToAFileOutsideTheFolderFailsThatGuideAndShowsNothingOfTheFile() throws Exception {
        Map<Edition, byte[]> older = scene.olderPdfs("lien");
        Path secret = Fixtures.write(
                tmp.resolve("ailleurs").resolve("secret.md"), Fixtures.guide("Secret", 1, "Le code est 4321."));
        Path link = scene.guide("lien");
        Files.delete(link);
        Files.createSymbolicLink(link, secret);

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--force");

        assertEquals(1, run.status(), run::all);
        FaultScene.assertFailedInText(run, link, "outside the folder of the guides", "2 guides: 1 rendered, 1 failed");
        assertFalse(run.out().contains("4321"), run::all);
        scene.assertGoodMade();
        scene.assertKept("lien", older);
        Cli.Run json = Cli.run(scene.guides, "--out", scene.out, "--force", "--report", "json");
        FaultScene.assertFailedInJson(json, link, "FILE_OUTSIDE_FOLDER");
    }

    @Test
    void everyEntryThatLooksLikeAGuideButIsNotOneIsNamedInAWarning() throws Exception {
        Path folder = Files.createDirectories(scene.guides.resolve("dossier.md"));
        Path upper = Fixtures.write(scene.guides.resolve("MAJUSCULES.MD"), Fixtures.guide("Cri", 1, "Texte."));
        Path dangling = Files.createSymbolicLink(scene.guides.resolve("perdu.md"), tmp.resolve("nulle-part.md"));
        Path fifo = scene.guides.resolve("tube.md");
        boolean madeFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(1, TimeUnit.MINUTES)
                && Files.exists(fifo);
        assumeTrue(madeFifo, "mkfifo is needed to make a named pipe");
        Fixtures.write(scene.guides.resolve("notes.txt"), "pas un guide");

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out);

        assertEquals(0, run.status(), run::all);
        assertTrue(run.out().contains("warning: " + folder + " was skipped: it is a folder, not a guide."), run::all);
        assertTrue(run.out().contains("warning: " + upper + " was skipped: only names ending in .md"), run::all);
        assertTrue(
                run.out()
                        .contains("warning: " + dangling + " was skipped: it is a link to a file that does not "
                                + "exist."),
                run::all);
        assertTrue(run.out().contains("warning: " + fifo + " was skipped: it is not a regular file."), run::all);
        assertFalse(run.out().contains("notes.txt"), run::all);
        assertTrue(run.out().contains("1 guide: 1 rendered, 0 failed"), run::all);
        scene.assertGoodMade();

        Cli.Run json = Cli.run(scene.guides, "--check", "--report", "json");
        Map<?, ?> report = (Map<?, ?>) Json.parse(json.out());
        List<?> warnings = (List<?>) report.get("warnings");
        assertEquals(4, warnings.size(), json::all);
        assertEquals(1L, report.get("guides"));
    }
}
