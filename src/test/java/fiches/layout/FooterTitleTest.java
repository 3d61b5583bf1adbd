package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Language;
import fiches.pdf.RenderedGuides;
import fiches.product.Labels;
import fiches.product.PrintSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A shortened footer title keeps its first meaningful words, or gives the page number less room. */
class FooterTitleTest {
    private static final String TITLE = "Prendre en main sa nouvelle tablette Android";

    private static FooterTitle at(int preset, String lang) {
        float body = (float) RenderedGuides.resources().printSize(preset).body();
        return new FooterTitle(RenderedGuides.resources().textWidths(), body, new Labels(new Language(lang)), Paper.A4);
    }

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(ints = {18, 20, 24})
    void aShortenedTitleKeepsTwoMeaningfulWords(int preset) {
        FooterTitle.Fit fit = at(preset, "fr").fit(TITLE);
        String kept = fit.title().replace("…", "");
        assertTrue(TITLE.startsWith(kept), fit.toString());
        assertTrue(kept.startsWith("Prendre en main"), "« " + fit.title() + " » at " + preset);
    }

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(ints = {18, 20, 24})
    void aTitleThatFitsKeepsTheWholeFolio(int preset) {
        FooterTitle.Fit fit = at(preset, "fr").fit("Utiliser Ameli");
        assertEquals("Utiliser Ameli", fit.title());
        assertFalse(fit.shortFolio());
    }

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(ints = {18, 20, 24})
    void aCutThatKeepsMeaningfulWordsKeepsTheWholeFolio(int preset) {
        FooterTitle.Fit fit = at(preset, "es").fit("Pedir cita con el médico en Doctolib desde el teléfono móvil");
        assertTrue(fit.title().endsWith("…"), fit.toString());
        assertFalse(fit.shortFolio(), fit.toString());
        assertTrue(PrintSize.PRESETS.contains(preset));
    }
}
