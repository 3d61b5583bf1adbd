package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import fiches.guide.Block;
import fiches.guide.Inline;
import fiches.guide.Language;
import fiches.product.Labels;
import fiches.product.TextWidths;
import fiches.product.Typography;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which paper a guide's countries print on, and what layout measures on each. */
class PaperTest {
    @Test
    void theLetterCountriesAreThoseOfCldrAsIcu4jReadsThem() {
        Set<String> cldr = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            LocaleData.PaperSize size = LocaleData.getPaperSize(new ULocale("und_" + country));
            if (size.getWidth() == 216 && size.getHeight() == 279) {
                cldr.add(country);
            } else {
                assertEquals(210, size.getWidth(), country + " prints on A4 or on Letter");
            }
        }
        assertEquals(cldr, new TreeSet<>(Paper.letterCountries()), "letter-countries.txt, against ICU4J's CLDR");
        assertTrue(cldr.containsAll(List.of("US", "CA", "MX")), "the countries the issue names: " + cldr);
    }

    @Test
    void aGuideIsOnLetterOnlyWhenEveryCountryItNamesPrintsOnLetter() {
        assertEquals(Paper.LETTER, Paper.forCountries(List.of("US")));
        assertEquals(Paper.LETTER, Paper.forCountries(List.of("US", "CA", "MX")));
        assertEquals(Paper.A4, Paper.forCountries(List.of("FR")));
        assertEquals(Paper.A4, Paper.forCountries(List.of("CA", "FR")), "a Canadian printer takes A4 too");
        assertEquals(Paper.A4, Paper.forCountries(List.of()), "no country: A4");
    }

    @Test
    void letterIsWiderAndShorterThanA4() {
        assertEquals(612, Paper.LETTER.widthPt(), 0.01);
        assertEquals(792, Paper.LETTER.heightPt(), 0.01);
        assertEquals(595.28, Paper.A4.widthPt(), 0.01);
        assertEquals(841.89, Paper.A4.heightPt(), 0.01);
        assertEquals(170, Paper.A4.columnMm(), 1e-9, "the stylesheet's 20 mm side margins");
        assertEquals(175.9, Paper.LETTER.columnMm(), 1e-9);
        assertEquals(125, Paper.A4.tallestPictureMm(), 1e-9);
        assertEquals(125 - (297 - 279.4), Paper.LETTER.tallestPictureMm(), 1e-9);
    }

    @Test
    void aPictureIsSizedToItsPapersColumnAndHeight() {
        assertEquals("width: 170.0mm; height: 85.0mm", FigureSize.style(2000, 1000, Paper.A4));
        assertEquals("width: 175.9mm; height: 88.0mm", FigureSize.style(2000, 1000, Paper.LETTER));
        assertEquals("width: 62.5mm; height: 125.0mm", FigureSize.style(1000, 2000, Paper.A4));
        assertEquals("width: 53.7mm; height: 107.4mm", FigureSize.style(1000, 2000, Paper.LETTER));
    }

    @Test
    void aTableAsWideAsLettersColumnStaysATableOnLetterOnly() {
        TextWidths widths = fiches.pdf.RenderedGuides.resources().textWidths();
        float size = fiches.pdf.RenderedGuides.resources().bodySize(18);
        Typography typography = new Typography(new Language("en"));
        TableFit a4 = new TableFit(widths, size, typography, Paper.A4);
        TableFit letter = new TableFit(widths, size, typography, Paper.LETTER);
        org.w3c.dom.Element parent = new Xhtml().element("div");
        // Three columns, the last one's word a letter longer each time, until A4's column is too narrow.
        String word = "";
        Block.Table table;
        do {
            word += "m";
            table = table("Appareil", "Application", word);
        } while (a4.fits(table, parent));
        assertTrue(letter.fits(table, parent), "a table of " + letter.minimumWidth(table) + " pt on Letter");
    }

    @Test
    void aTitleThatLettersFooterPrintsWholeIsCutOnA4() {
        TextWidths widths = fiches.pdf.RenderedGuides.resources().textWidths();
        float size = fiches.pdf.RenderedGuides.resources().bodySize(24);
        Labels labels = new Labels(new Language("en"));
        FooterTitle a4 = new FooterTitle(widths, size, labels, Paper.A4);
        FooterTitle letter = new FooterTitle(widths, size, labels, Paper.LETTER);
        String words = "Renewing a passport online from the form to the payment";
        int end = 1;
        while (a4.fit(words.substring(0, end).strip())
                .title()
                .equals(words.substring(0, end).strip())) {
            end++;
        }
        String title = words.substring(0, end).strip();
        assertEquals(
                title,
                letter.fit(title).title(),
                "cut on A4 as " + a4.fit(title).title());
    }

    private static Block.Table table(String... header) {
        List<List<Inline>> row = java.util.Arrays.stream(header)
                .map(h -> List.<Inline>of(new Inline.Text(h)))
                .toList();
        return new Block.Table(List.of(row), List.of(row));
    }
}
