package fiches.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The printed size of a picture: as wide as the text column, or, for a tall phone screenshot, as
 * tall as a set share of the page, never at its pixel size. Only the image's header is read.
 */
final class FigureSize {
    private FigureSize() {}

    /** The CSS width and height of a picture on this paper, or empty when its header cannot be read. */
    static Optional<String> style(byte[] image, Paper paper) {
        return pixels(image).map(p -> style(p[0], p[1], paper));
    }

    /**
     * As wide as the paper's text column, or as tall as {@link Paper#tallestPictureMm}: room is left
     * on its page for the step title and its description.
     */
    static String style(int widthPx, int heightPx, Paper paper) {
        double ratio = heightPx / (double) widthPx;
        double width = Math.min(paper.columnMm(), paper.tallestPictureMm() / ratio);
        return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, width * ratio);
    }

    private static Optional<int[]> pixels(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? Optional.of(new int[] {w, h}) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
