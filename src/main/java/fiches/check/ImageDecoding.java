package fiches.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image's bytes with ImageIO, the way a viewer would: its size from the header first,
 * refused above {@link #MAX_PIXELS} before any pixel is allocated, then every pixel. Warnings
 * count as failures: ImageIO reads a truncated JPEG by painting the missing part grey.
 */
final class ImageDecoding {
    /**
     * The most pixels an image may have: 40 megapixels is above a 5K screenshot (14.7 MP) and most
     * phone photos (12 to 24 MP); decoded at 4 bytes a pixel it takes 160 MB, which two guides at
     * once can afford where a 30000 × 30000 image (3.6 GB) could not.
     */
    static final long MAX_PIXELS = 40_000_000;

    /** What decoding found. */
    sealed interface Result {
        record Decoded(int width, int height) implements Result {}

        record TooLarge(int width, int height) implements Result {}

        /** @param reason what the decoder stopped at, in its words */
        record Broken(String reason) implements Result {}
    }

    /** The format its first bytes announce: {@code png}, {@code jpeg}, or empty. */
    static Optional<String> format(byte[] head) {
        boolean png =
                head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        boolean jpeg =
                head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
        return png ? Optional.of("png") : jpeg ? Optional.of("jpeg") : Optional.empty();
    }

    Result decode(byte[] bytes, String format) {
        return decode(bytes, format, MAX_PIXELS);
    }

    /** Decodes an image, refused above {@code maxPixels} before any pixel is allocated. */
    Result decode(byte[] bytes, String format, long maxPixels) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return new Result.Broken("no " + format + " decoder");
        }
        ImageReader reader = readers.next();
        StringBuilder warnings = new StringBuilder();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > maxPixels) {
                return new Result.TooLarge(width, height);
            }
            reader.read(0);
            return warnings.isEmpty() ? new Result.Decoded(width, height) : new Result.Broken(warnings.toString());
        } catch (IIOException e) {
            return new Result.Broken(reason(e));
        } catch (IOException | RuntimeException e) {
            return new Result.Broken(reason(e));
        } finally {
            reader.dispose();
        }
    }

    /** The innermost message: « Unexpected end of ZLIB input stream » says more than « Error reading PNG ». */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
