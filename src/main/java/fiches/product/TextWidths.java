package fiches.product;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide text is printed, from the advance widths of the fonts the PDF embeds, so that layout
 * can decide what fits before the renderer runs: a table's columns, the footer's title. A
 * character the main font lacks is measured in the fallback font, as the renderer draws it.
 * Arabic is measured as it is printed: joined, in the presentation forms the renderer draws.
 * Built once per run and read-only afterwards, so any number of threads may share it.
 */
public final class TextWidths {
    private static final int BMP = 0x10000;

    /** Advance widths in thousandths of an em, by character; NaN where the font has no glyph. */
    private final float[] regular;

    private final float[] bold;
    /** The widths of a guide printed in another family first (see {@link #in}), by family. */
    private final Map<String, TextWidths> families;

    private TextWidths(float[] regular, float[] bold, Map<String, TextWidths> families) {
        this.regular = regular;
        this.bold = bold;
        this.families = families;
    }

    /** Reads the four font files: the main family in regular and bold, then its fallback. */
    public static TextWidths of(byte[] regular, byte[] bold, byte[] fallbackRegular, byte[] fallbackBold) {
        return new TextWidths(
                merge(widths(regular), widths(fallbackRegular)), merge(widths(bold), widths(fallbackBold)), Map.of());
    }

    /**
     * These widths, and those of text printed in {@code family} first, these fonts filling its
     * gaps: a guide whose language names that family (its {@code language.font}).
     */
    public TextWidths with(String family, byte[] familyRegular, byte[] familyBold) {
        Map<String, TextWidths> all = new HashMap<>(families);
        all.put(
                family,
                new TextWidths(merge(widths(familyRegular), regular), merge(widths(familyBold), bold), Map.of()));
        return new TextWidths(regular, bold, Map.copyOf(all));
    }

    /** The widths of text printed in {@code family} first; these when it is not one of them. */
    public TextWidths in(String family) {
        return families.getOrDefault(family, this);
    }

    /** The width in points of {@code text} set at {@code size} points. */
    public float width(String text, boolean isBold, float size) {
        float[] table = isBold ? bold : regular;
        text = joined(text);
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = table[c];
            total += Float.isNaN(w) ? table['M'] : w; // a character neither font has: as wide as a capital
        }
        return total * size / 1000f;
    }

    /** Arabic letters in the forms they take when joined, as the renderer draws them; other text as it is. */
    static String joined(String text) {
        if (text.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            return text;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            return text; // measured unjoined: a little wider, never too narrow
        }
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
