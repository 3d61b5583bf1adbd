package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.PrintSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The print sizes are sizes the eye sees: at {@code --size 18} the body's small letters are as tall
 * as 18 pt Arial's (3.3 mm), the size large-print guidelines are written for; every glyph stays at
 * 18 pt or more; headings step up clearly from questions to steps to sections.
 */
class PrintSizeTest {
    /** Arial's x-height, in em: the reference of the guidelines' point sizes. */
    private static final double ARIAL_X_HEIGHT = 0.519;

    static Stream<EverySize.Sized> guides() {
        return EverySize.all();
    }

    @Tag("integration")
    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theBodyTextsSmallLettersAreAsTallAsArialsAtThePreset(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            double body = mostCommonSize(PdfText.glyphs(doc));
            assertEquals(g.bodySize(), body, 0.05, "the body text's size");
            double xHeightMm = body * bodyFontXHeight(doc) * 25.4 / 72;
            double arialMm = g.size() * ARIAL_X_HEIGHT * 25.4 / 72;
            assertTrue(
                    xHeightMm >= arialMm,
                    "x-height " + xHeightMm + " mm, below " + g.size() + " pt Arial's " + arialMm);
            assertTrue(xHeightMm >= 3.3, "x-height " + xHeightMm + " mm");
            double smallest = PdfText.glyphs(doc).stream()
                    .filter(x -> !x.text().isBlank())
                    .mapToDouble(PdfText.Glyph::size)
                    .min()
                    .orElseThrow();
            assertTrue(smallest >= 18 && smallest >= g.size(), "a glyph of " + smallest + " pt");
        }
    }

    @Tag("integration")
    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void sectionStepAndQuestionTitlesStepUpByAFifthOrMore(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<PageLines.Line> lines =
                    PageLines.of(doc).stream().flatMap(List::stream).toList();
            double section = sizeOf(
                    lines,
                    PdfText.normalize(g.guide().sections().get(0).title()).substring(0, 6));
            double step = sizeOf(
                    lines,
                    PdfText.normalize(new fiches.product.Labels(g.guide().meta().lang()).stepHeading(1, ""))
                            .strip());
            assertTrue(section >= step * 1.15, "section titles " + section + " pt, step titles " + step + " pt");
            if (!g.guide().faq().isEmpty()) {
                // The first question is the line right after the questions' section title.
                String faqTitle = PdfText.normalize(
                        new fiches.product.Labels(g.guide().meta().lang()).faqTitle());
                int at = lines.stream().map(PageLines.Line::text).toList().lastIndexOf(faqTitle);
                double question = lines.get(at + 1).size();
                assertTrue(step >= question * 1.1, "step titles " + step + " pt, questions " + question + " pt");
                assertTrue(question >= g.bodySize() * 1.05, "questions " + question + " pt, body " + g.bodySize());
            }
        }
    }

    @Test
    void thePresetsAreSetByXHeight() {
        PrintSize eighteen = PrintSize.of(18, 0.496);
        assertEquals(18.9, eighteen.body(), 1e-9);
        assertTrue(eighteen.xHeightMm(0.496) >= 3.3);
        assertEquals(18, PrintSize.of(18, 0.6).body(), 1e-9, "never below the preset, whatever the font");
        assertEquals(25.2, PrintSize.of(24, 0.496).body(), 1e-9);
    }

    private static double sizeOf(List<PageLines.Line> lines, String start) {
        // The largest line that starts so: the heading, not a sentence of the body that starts alike.
        return lines.stream()
                .filter(l -> l.text().startsWith(start))
                .mapToDouble(PageLines.Line::size)
                .max()
                .orElseThrow(() -> new AssertionError("no line starts with « " + start + " »"));
    }

    private static double mostCommonSize(List<PdfText.Glyph> glyphs) {
        return glyphs.stream()
                .filter(x -> !x.text().isBlank())
                .collect(java.util.stream.Collectors.groupingBy(
                        x -> Math.round(x.size() * 10) / 10.0, java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .max(java.util.Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** The x-height of the embedded body font, in em, from its font descriptor. */
    private static double bodyFontXHeight(PDDocument doc) throws IOException {
        List<Double> heights = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font.getName().contains("AtkinsonHyperlegibleNext-Regular") && font.getFontDescriptor() != null) {
                    heights.add(font.getFontDescriptor().getXHeight() / 1000.0);
                }
            }
        }
        assertTrue(!heights.isEmpty(), "the body font is not embedded");
        return heights.get(0);
    }
}
