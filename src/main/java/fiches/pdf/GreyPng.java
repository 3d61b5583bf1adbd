package fiches.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes 8-bit grey pixels as a PNG file (PNG specification, ISO/IEC 15948): a header, the rows
 * compressed in one piece, and an end. ImageIO's writer does the same, but finding it and trying
 * every row filter cost more than drawing the picture; here the rows are written unfiltered, which
 * suits a picture of flat greys. The same pixels always give the same bytes.
 */
final class GreyPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int GREY = 0;
    private static final int NO_FILTER = 0;

    private GreyPng() {}

    /**
     * @param pixels one byte per pixel, row after row, 0 black and 255 white
     */
    static byte[] encode(byte[] pixels, int width, int height) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " bytes for " + width + " × " + height + " pixels");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
        png.writeBytes(SIGNATURE);
        chunk(
                png,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8) // bits per pixel
                        .put((byte) GREY)
                        .put((byte) 0) // deflate
                        .put((byte) 0) // adaptive filtering, each row saying its filter
                        .put((byte) 0) // not interlaced
                        .array());
        chunk(png, "IDAT", compressed(pixels, width, height));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The rows, each after its filter byte, deflated in a zlib stream. */
    private static byte[] compressed(byte[] pixels, int width, int height) {
        byte[] rows = new byte[(width + 1) * height];
        for (int y = 0; y < height; y++) {
            rows[y * (width + 1)] = NO_FILTER;
            System.arraycopy(pixels, y * width, rows, y * (width + 1) + 1, width);
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(rows);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
