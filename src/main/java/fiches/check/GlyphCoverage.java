package fiches.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters the embedded fonts can draw, from their character maps: one that no font has
 * prints as a box or {@code #}. Read once per run, from the fonts Fiches embeds (see
 * {@code fiches.pdf.Resources}); immutable, so every guide's check shares it.
 */
public final class GlyphCoverage {
    private final BitSet drawable;

    private GlyphCoverage(BitSet drawable) {
        this.drawable = drawable;
    }

    /**
     * What the fonts of both weights can draw: each weight's fonts in order, the first drawing
     * and the others filling its gaps.
     */
    public static GlyphCoverage of(List<byte[]> regular, List<byte[]> bold) {
        BitSet both = covered(regular);
        both.and(covered(bold));
        return new GlyphCoverage(both);
    }

    public boolean canDraw(int codePoint) {
        return codePoint >= 0 && drawable.get(codePoint);
    }

    private static BitSet covered(List<byte[]> fonts) {
        BitSet set = new BitSet();
        for (byte[] file : fonts) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                // by glyph, not by code point: a few thousand look-ups instead of a million
                for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes != null) {
                        codes.forEach(set::set);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a font's character map", e);
            }
        }
        return set;
    }
}
