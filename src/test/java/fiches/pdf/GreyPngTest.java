package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The picture's PNG holds its pixels as they are, for any reader of PNG files. */
class GreyPngTest {
    @Property(tries = 100)
    void anyGreyPixelsAreReadBackAsTheyWere(
            @ForAll @IntRange(min = 1, max = 40) int width,
            @ForAll @IntRange(min = 1, max = 40) int height,
            @ForAll long seed)
            throws IOException {
        byte[] pixels = new byte[width * height];
        new java.util.Random(seed).nextBytes(pixels);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(GreyPng.encode(pixels, width, height)));
        assertEquals(width, read.getWidth());
        assertEquals(height, read.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, read.getType());
        byte[] back = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                back[y * width + x] = (byte) read.getRaster().getSample(x, y, 0);
            }
        }
        assertArrayEquals(pixels, back);
        assertArrayEquals(GreyPng.encode(pixels, width, height), GreyPng.encode(pixels.clone(), width, height));
    }
}
