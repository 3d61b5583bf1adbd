package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Options;
import fiches.product.Edition;
import fiches.product.PrintSize;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print sizes are listed once, in {@link PrintSize#PRESETS}: the options, the help and the messages follow it. */
class PrintSizeOptionTest {

    @Test
    void theHelpListsEveryPresetAndTheDefault() {
        Cli.Run run = Cli.run("--help");
        String help = run.out().replaceAll("\\s+", " ");
        String presets = PrintSize.PRESETS.stream().map(String::valueOf).collect(Collectors.joining(", "));
        assertTrue(
                help.contains("letters as tall as Arial's at that size): " + presets + " (default: "
                        + PrintSize.DEFAULT_PRESET + ")."),
                run::all);
        assertFalse(help.contains("${"), run::all);
    }

    @Test
    void aSizeThatIsNoPresetIsRefusedNamingThePresets(@TempDir Path dir) {
        Cli.Run run = Cli.run(dir, "--out", dir.resolve("out"), "--size", "19");
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("--size must be 18, 20 or 24, not 19"), run::all);
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Options.builder(dir).size(19).editions(Edition.pdfs()).build());
        assertEquals("size must be 18, 20 or 24, not 19", refused.getMessage());
    }

    @Test
    void everyPresetIsAcceptedAndTheDefaultIsOne(@TempDir Path dir) {
        for (int preset : PrintSize.PRESETS) {
            assertEquals(
                    preset,
                    Options.builder(dir)
                            .size(preset)
                            .editions(Edition.pdfs())
                            .build()
                            .size());
        }
        assertTrue(PrintSize.PRESETS.contains(PrintSize.DEFAULT_PRESET));
    }
}
