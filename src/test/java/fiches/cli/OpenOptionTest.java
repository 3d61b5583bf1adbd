package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --open}, which the release's launchers pass on a double-click, where no desktop is there. */
class OpenOptionTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void noDesktop() {
        // a test run must never open a browser on the machine that runs it
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void withoutADesktopNothingIsOpenedAndTheReportIsTheOneScriptsRead() throws IOException {
        Path guides = tmp.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        assertFalse(DesktopOpener.available(), "a headless run has no desktop");

        Cli.Run opened = Cli.run(guides, "--out", tmp.resolve("a"), "--open");
        Cli.Run plain = Cli.run(guides, "--out", tmp.resolve("b"));
        assertEquals(0, opened.status(), opened::all);
        assertEquals(
                plain.out().replace(tmp.resolve("b").toString(), "OUT"),
                opened.out().replace(tmp.resolve("a").toString(), "OUT"),
                opened::all);
        assertEquals("", opened.err(), opened::all);
        assertTrue(Files.isRegularFile(tmp.resolve("a").resolve("index.html")), opened::all);
    }
}
