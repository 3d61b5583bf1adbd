package fiches.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a path written in a guide, refusing anything that leaves the allowed folder. */
public final class SafePaths {
    private SafePaths() {}

    /**
     * The file a relative path names inside {@code folder}, or empty when the path is absolute,
     * carries a scheme, climbs out with {@code ..}, or reaches outside through a link.
     */
    public static Optional<Path> inside(Path folder, String written) {
        if (written.isEmpty()
                || written.contains(":")
                || written.startsWith("/")
                || written.startsWith("\\")
                || written.contains("\0")) {
            return Optional.empty();
        }
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path target = base.resolve(written).normalize();
            return contains(base, target) ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code target} lies inside {@code folder}, by name and, for a file that exists,
     * once every link is followed: a link inside the folder may not lead out of it.
     */
    public static boolean contains(Path folder, Path target) {
        Path base = folder.toAbsolutePath().normalize();
        Path path = target.toAbsolutePath().normalize();
        try {
            return path.startsWith(base)
                    && (!Files.exists(path) || path.toRealPath().startsWith(base.toRealPath()));
        } catch (IOException e) {
            return false;
        }
    }
}
