package fiches.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
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
    private static final int LAST_CODE_POINT = Character.MAX_CODE_POINT;

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
            try (TrueTypeFont font = new TTFParser().parse(
                    new RandomAccessReadBuffer(Files.readAllBytes(folder.resolve(name))))) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
                    if (!set.get(cp) && cmap.getGlyphId(cp) > 0) {
                        set.set(cp);
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
