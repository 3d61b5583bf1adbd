package fiches.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters the embedded fonts can draw, from their character maps: one that no font has
 * prints as a box or {@code #}. Read once per run; immutable, so every guide's check shares it.
 */
public final class GlyphCoverage {
    /** The fonts of {@code fonts/}, by weight: the first draws, the second fills its gaps. */
    private static final String[] REGULAR = {"AtkinsonHyperlegibleNext_400Regular.ttf", "DejaVuSans.ttf"};

    private static final String[] BOLD = {"AtkinsonHyperlegibleNext_700Bold.ttf", "DejaVuSans-Bold.ttf"};

    private final BitSet drawable;

    private GlyphCoverage(BitSet drawable) {
        this.drawable = drawable;
    }

    /** The coverage of the fonts in a {@code fonts/} folder: what both weights can draw. */
    public static GlyphCoverage of(Path fontsFolder) {
        BitSet both = covered(fontsFolder, REGULAR);
        both.and(covered(fontsFolder, BOLD));
        return new GlyphCoverage(both);
    }

    /** The fonts of this installation ({@code FICHES_HOME}, else the current folder), read on first use. */
    public static GlyphCoverage installed() {
        return Installed.COVERAGE;
    }

    public boolean canDraw(int codePoint) {
        return codePoint >= 0 && drawable.get(codePoint);
    }

    private static BitSet covered(Path folder, String[] files) {
        BitSet set = new BitSet();
        for (String name : files) {
            try (TrueTypeFont font =
                    new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(folder.resolve(name))))) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                // by glyph, not by code point: a few thousand look-ups instead of a million
                for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes != null) {
                        codes.forEach(set::set);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + folder.resolve(name), e);
            }
        }
        return set;
    }

    /** Holder idiom: the fonts are read once, when a check first needs them. */
    private static final class Installed {
        static final GlyphCoverage COVERAGE = load();

        private static GlyphCoverage load() {
            String home = System.getenv("FICHES_HOME");
            Path fonts = (home == null || home.isBlank() ? Path.of("") : Path.of(home)).resolve("fonts");
            return of(fonts);
        }
    }
}
