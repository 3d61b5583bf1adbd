package fiches.check;

import fiches.util.SafePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image that a guide or the site profile names, found inside its folder and read within a
 * bound, whatever size the file says it has. What is wrong is the caller's to word.
 */
sealed interface ImageFile {
    /** The path leads outside the folder. */
    record Outside() implements ImageFile {}

    /** No such file. */
    record Missing() implements ImageFile {}

    /** The file is there but cannot be read. */
    record Unreadable(IOException cause) implements ImageFile {}

    /**
     * The file's first bytes, one more than the bound when it is larger.
     *
     * @param target where the file lies
     */
    record Read(Path target, byte[] bytes, long maxBytes) implements ImageFile {
        public boolean tooLarge() {
            return bytes.length > maxBytes;
        }
    }

    /** @param folder the folder the image must lie in; {@code path} is relative to it */
    static ImageFile read(Path folder, String path, long maxBytes) {
        Path target = SafePaths.inside(folder, path).orElse(null);
        if (target == null) {
            return new Outside();
        }
        if (!Files.isRegularFile(target)) {
            return new Missing();
        }
        try (InputStream in = Files.newInputStream(target)) {
            return new Read(target, in.readNBytes((int) maxBytes + 1), maxBytes);
        } catch (IOException e) {
            return new Unreadable(e);
        }
    }
}
