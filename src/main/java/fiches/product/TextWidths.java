package fiches.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide text is printed, from the advance widths of the fonts the PDF embeds, so that layout
 * can decide what fits before the renderer runs: a table's columns, the footer's title. A
 * character the main font lacks is measured in the fallback font, as the renderer draws it.
 * Built once per run and read-only afterwards, so any number of threads may share it.
 */
public final class TextWidths {
    private static final int BMP = 0x10000;

    /** Advance widths in thousandths of an em, by character; NaN where the font has no glyph. */
    private final float[] regular;

    private final float[] bold;

    private TextWidths(float[] regular, float[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads the four font files: the main family in regular and bold, then its fallback. */
    public static TextWidths of(byte[] regular, byte[] bold, byte[] fallbackRegular, byte[] fallbackBold) {
        return new TextWidths(
                merge(widths(regular), widths(fallbackRegular)), merge(widths(bold), widths(fallbackBold)));
    }

    /** The width in points of {@code text} set at {@code size} points. */
    public float width(String text, boolean isBold, float size) {
        float[] table = isBold ? bold : regular;
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = table[c];
            total += Float.isNaN(w) ? table['M'] : w; // a character neither font has: as wide as a capital
        }
        return total * size / 1000f;
    }

    private static float[] merge(float[] main, float[] fallback) {
        float[] out = main.clone();
        for (int c = 0; c < BMP; c++) {
            if (Float.isNaN(out[c])) {
                out[c] = fallback[c];
            }
        }
        return out;
    }

    private static float[] widths(byte[] file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float unitsPerEm = font.getHeader().getUnitsPerEm();
            float[] widths = new float[BMP];
            Arrays.fill(widths, Float.NaN);
            for (int c = 0; c < BMP; c++) {
                int gid = cmap.getGlyphId(c);
                if (gid > 0) {
                    widths[c] = font.getAdvanceWidth(gid) * 1000f / unitsPerEm;
                }
            }
            return widths;
        } catch (IOException e) {
            throw new UncheckedIOException("a font of Fiches cannot be read", e);
        }
    }
}
