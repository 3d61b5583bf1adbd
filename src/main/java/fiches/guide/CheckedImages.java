package fiches.guide;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of a guide's images, read once and decoded in full by the checks: the renderer is
 * served these bytes and nothing read later, so what is embedded is what was decoded. One store
 * per guide; it only grows, while the guide is checked, and by the site profile's logo (decoded
 * in full by its own checks) before the guide is rendered.
 */
public final class CheckedImages {
    private final Map<Path, byte[]> bytes = new ConcurrentHashMap<>();

    /** Keeps an image that decoded in full. @param file its absolute, normalized path */
    public void keep(Path file, byte[] content) {
        bytes.put(key(file), content.clone());
    }

    /** The checked bytes of an image, or empty when it was never checked or failed its check. */
    public Optional<byte[]> get(Path file) {
        return Optional.ofNullable(bytes.get(key(file))).map(byte[]::clone);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
