package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A faulty site profile is told once, before the guides, with its file, line and fix; the guides
 * are still made, and the exit status says something failed.
 */
class SiteProfileReportTest {
    @TempDir
    Path dir;

    private Path guides() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Fixtures.copyProfile(guides);
        return guides;
    }

    @Test
    void aGoodProfileIsUsedSilently() throws IOException {
        Cli.Run run = Cli.run(guides(), "--out", dir.resolve("out"), "--no-catalogue");
        assertEquals(0, run.status(), run::all);
        assertTrue(!run.out().contains("fiches.yaml"), run::all);
        assertTrue(Fixtures.pdfText(dir.resolve("out/" + Fixtures.FRANCE_CONNECT + "-accessible.pdf"))
                .contains("Besoin d’aide"));
    }

    @Test
    void aBadLogoIsReportedAtItsLineAndTheGuidesAreStillMade() throws IOException {
        Path guides = guides();
        Files.write(guides.resolve("images/logo.png"), "GIF89a not a png".getBytes());
        Cli.Run run = Cli.run(guides, "--out", dir.resolve("out"), "--no-catalogue");
        assertEquals(1, run.status(), run::all);
        assertTrue(
                run.out()
                        .contains("warning: " + guides.resolve("fiches.yaml") + ":9: The logo images/logo.png "
                                + "is not a PNG file; it is left out."),
                run::all);
        assertTrue(run.out().contains("done   " + guides.resolve(Fixtures.FRANCE_CONNECT + ".md")), run::all);
        assertTrue(run.out().contains("1 guide: 1 rendered, 0 failed"), run::all);
    }

    @Test
    void checkingAlsoReportsTheProfile() throws IOException {
        Path guides = guides();
        Files.writeString(guides.resolve("fiches.yaml"), "phone: \"05 53 00 00 00\"\n");
        Cli.Run run = Cli.run(guides, "--check");
        assertEquals(1, run.status(), run::all);
        assertTrue(run.out().contains(guides.resolve("fiches.yaml") + ":1: The site profile has no name"), run::all);
    }
}
