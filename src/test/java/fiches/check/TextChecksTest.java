package fiches.check;

import static fiches.parse.TinyGuide.BODY_LINE;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.parse.TinyGuide;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters the fonts cannot draw, and right-to-left text, are warned about at their line; the guide is still made. */
class TextChecksTest {
    private static final GlyphCoverage FONTS = fiches.TestFiles.coverage();

    @TempDir
    Path dir;

    @Test
    void theFontsDrawFrenchGreekAndCyrillicButNotChinese() {
        for (int cp : "éàçœ«»€ΩЖ\u00A0\u202F".codePoints().toArray()) {
            assertTrue(FONTS.canDraw(cp), Character.getName(cp));
        }
        assertFalse(FONTS.canDraw('中'));
        assertFalse(FONTS.canDraw(0x1F956)); // 🥖, as most emoji (DejaVu has a few, such as 😀)
    }

    @Test
    void warnsAboutCharactersNoFontCanDrawAtTheirLine() {
        Loaded loaded = load(TinyGuide.write(dir, "g.md", "Tout va bien.\n\nLe bouton « 登录 » 🥖 en haut.\n"));
        assertLoads(loaded);
        Problem p = only(loaded, Kind.GLYPH_MISSING);
        assertEquals(BODY_LINE + 2, p.line());
        assertTrue(
                p.message().contains("登")
                        && p.message().contains("U+767B")
                        && p.message().contains("U+1F956"),
                p::toString);
        assertFalse(p.message().contains("U+00AB"), p::toString); // the guillemets of the line are drawn
    }

    @Test
    void warnsAboutACharacterWrittenAsANumericReference() {
        Loaded loaded = load(TinyGuide.write(dir, "g.md", "Le bouton &#x767B; ou &#128246; en haut.\n"));
        assertLoads(loaded);
        Problem p = only(loaded, Kind.GLYPH_MISSING);
        assertTrue(p.message().contains("U+767B") && p.message().contains("U+1F4F6"), p::toString);
    }

    @Test
    void warnsOnceAboutRightToLeftText() {
        Loaded loaded = load(TinyGuide.write(dir, "g.md", "Écrire مرحبا ici.\n\nEt שלום là.\n"));
        assertLoads(loaded);
        assertEquals(BODY_LINE, only(loaded, Kind.RIGHT_TO_LEFT).line());
    }

    @Test
    void saysNothingOfAnOrdinaryFrenchGuide() {
        Loaded loaded = load(TinyGuide.write(dir, "g.md", "Cliquez sur « Valider » : c’est fait ! 12 €.\n"));
        assertEquals(List.of(), loaded.problems());
    }

    private static Problem only(Loaded loaded, Kind kind) {
        List<Problem> found =
                loaded.problems().stream().filter(p -> p.kind() == kind).toList();
        assertEquals(1, found.size(), loaded.problems()::toString);
        assertFalse(found.get(0).isError());
        return found.get(0);
    }
}
