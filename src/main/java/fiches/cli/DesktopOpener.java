package fiches.cli;

import fiches.catalogue.Catalogue;
import fiches.problem.Thrown;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens what a run made (the catalogue page, else the output folder) with the program the desktop
 * uses for it, as someone who double-clicked Fiches expects. Never where no one is looking: in CI,
 * on a server without a display.
 */
final class DesktopOpener {
    private DesktopOpener() {}

    /** Whether there is a desktop to open a file on. */
    static boolean available() {
        if (System.getenv("CI") != null || GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return false;
        }
        return Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /**
     * Opens the catalogue page in {@code out} when there is one (and {@code catalogue} was
     * asked), else the folder itself; when the desktop cannot, says so on {@code stderr}.
     */
    static void openResult(Path out, boolean catalogue, PrintWriter stderr) {
        if (!available()) {
            return;
        }
        Path page = out.resolve(Catalogue.FILE_NAME);
        Path target = (catalogue && Files.isRegularFile(page) ? page : out)
                .toAbsolutePath()
                .normalize();
        try {
            Desktop.getDesktop().open(target.toFile());
        } catch (IOException | RuntimeException e) {
            stderr.println("warning: " + target + " could not be opened (" + Thrown.describe(e) + ").");
            stderr.println("       fix: open it yourself; the PDFs are in "
                    + out.toAbsolutePath().normalize());
            stderr.flush();
        }
    }
}
