package fiches.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens what a run made (the catalogue page, else the output folder) with the program the desktop
 * uses for it, as someone who double-clicked Fiches expects. Never where no one is looking: in CI,
 * on a server without a display.
 */
final class DesktopOpener {
    private DesktopOpener() {
    }

    /** Whether there is a desktop to open a file on. */
    static boolean available() {
        if (System.getenv("CI") != null || GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return false;
        }
        return Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens {@code file} (a page or a folder) with the desktop's program for it. */
    static void open(Path file) throws IOException {
        Desktop.getDesktop().open(file.toFile());
    }
}
