package fiches.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a path written in a guide, refusing anything that leaves the allowed folder. */
public final class SafePaths {
    private SafePaths() {
    }

    /**
     * The file a relative path names inside {@code folder}, or empty when the path is absolute,
     * carries a scheme, climbs out with {@code ..}, or reaches outside through a link.
     */
    public static Optional<Path> inside(Path folder, String written) {
        if (written.isEmpty() || written.contains(":") || written.startsWith("/") || written.startsWith("\\")
                || written.contains("\0")) {
            return Optional.empty();
        }
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path target = base.resolve(written).normalize();
            if (!target.startsWith(base)) {
                return Optional.empty();
            }
            if (Files.exists(target) && !target.toRealPath().startsWith(base.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(target);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
