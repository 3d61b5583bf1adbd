package fiches.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How tall a font's small letters stand, in em: the measure a print size matches to Arial's
 * x-height. A Latin or Cyrillic font has an x-height (its OS/2 table's). Arabic has no x-height:
 * its letters hang from and sit on the baseline, and what the eye reads as their size is the
 * height of the teeth and bowls of the letters joined along it. So for a font without « x » it is
 * the median top, from the glyphs' outlines, of the initial forms of beh, seen, sad, meem, yeh,
 * heh and ain: 0.403 em for Noto Sans Arabic (whose OS/2 x-height, 0.374, is the lowest of them,
 * sad's bowl). At that height an Arabic line reads as large as the Latin body beside it.
 */
final class LetterHeight {
    /** The initial forms whose tooth or bowl tops make the height of Arabic letters. */
    private static final int[] ARABIC_BODIES = {0xFE91, 0xFEB3, 0xFEBB, 0xFEE3, 0xFEF3, 0xFEEB, 0xFECB};

    private LetterHeight() {}

    static double of(byte[] file) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            double em = ttf.getUnitsPerEm();
            if (cmap.getGlyphId('x') > 0) {
                return ttf.getOS2Windows().getHeight() / em;
            }
            List<Double> tops = new ArrayList<>();
            for (int c : ARABIC_BODIES) {
                int gid = cmap.getGlyphId(c);
                GlyphData glyph = gid > 0 ? ttf.getGlyph().getGlyph(gid) : null;
                if (glyph != null) {
                    tops.add(glyph.getBoundingBox().getUpperRightY() / em);
                }
            }
            if (tops.isEmpty()) {
                return ttf.getOS2Windows().getHeight() / em;
            }
            tops.sort(null);
            return tops.get(tops.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
