package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --edition} takes a list; the web edition is made, skipped and re-made like the PDFs. */
class EditionListTest {
    private static final String SLUG = "creer-son-compte-ameli";

    @Test
    void aListMakesExactlyTheEditionsItNamesAndTheWebPageIsSkippedWhenUpToDate(@TempDir Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.copy(Path.of("guides", SLUG + ".md"), guides.resolve(SLUG + ".md"));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run(guides, "--out", out, "--edition", "handout,web", "--no-catalogue");
        assertEquals(0, run.status(), run::all);
        Path page = out.resolve(SLUG + ".html");
        assertTrue(Files.isRegularFile(out.resolve(SLUG + "-grands-caracteres.pdf")), run::all);
        assertTrue(Files.isRegularFile(page), run::all);
        assertFalse(Files.exists(out.resolve(SLUG + "-accessible.pdf")), "not asked for");

        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(page, longAgo);
        Cli.Run again = Cli.run(guides, "--out", out, "--edition", "handout,web", "--no-catalogue");
        assertEquals(0, again.status(), again::all);
        assertEquals(longAgo, Files.getLastModifiedTime(page), "an up-to-date page is not written again");

        Files.delete(page);
        Cli.Run third = Cli.run(guides, "--out", out, "--edition", "handout,web", "--no-catalogue");
        assertEquals(0, third.status(), third::all);
        assertTrue(Files.isRegularFile(page), "a missing page makes the guide again: " + third.all());
    }
}
