package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.layout.Paper;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guide is printed on the paper of its countries, Letter for the United States, A4 for France,
 * or on the paper {@code --paper} names; every PDF asks to be printed at that size. The other
 * print tests (margins, sizes, footers, page breaks, pictures, veraPDF) run on the Letter guide
 * of {@link EverySize} at every size as on the others.
 */
class PaperSizeTest {
    private static final Path FRENCH = fiches.TestFiles.SAMPLES.resolve("comment-utiliser-france-connect.md");
    private static final Path AMERICAN = EverySize.LETTER_GUIDES.resolve("renew-a-us-passport.md");

    static Stream<EverySize.Sized> americanGuides() {
        return EverySize.all().filter(g -> g.guide().meta().countries().equals(List.of("US")));
    }

    static Stream<EverySize.Sized> frenchGuides() {
        return EverySize.all().filter(g -> g.guide().meta().lang().tag().equals("fr"));
    }

    static Stream<EverySize.Sized> guides() {
        return EverySize.all();
    }

    @Test
    void theAmericanGuideIsRenderedAtEverySize() {
        assertEquals(
                List.of(18, 20, 24), americanGuides().map(EverySize.Sized::size).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("americanGuides")
    void aGuideForTheUnitedStatesIsOnLetter(EverySize.Sized g) throws IOException {
        for (Edition e : Edition.pdfs()) {
            assertEveryPage(g.pdf(e), 612, 792);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchGuides")
    void aGuideForFranceIsOnA4(EverySize.Sized g) throws IOException {
        for (Edition e : Edition.pdfs()) {
            assertEveryPage(g.pdf(e), 595.28f, 841.89f);
        }
    }

    @Test
    void paperLetterPutsAFrenchGuideOnLetterInsideItsMarginsAndInLargePrint(@TempDir Path dir) throws IOException {
        for (int size : List.of(18, 24)) {
            Path handout = render(FRENCH, dir.resolve("letter-" + size), size, Paper.LETTER);
            assertEveryPage(handout, 612, 792);
            PageMarginsTest.assertInsideMargins(handout);
            assertNoGlyphUnder(handout, 18);
        }
    }

    @Test
    void paperA4PutsAnAmericanGuideOnA4(@TempDir Path dir) throws IOException {
        Path handout = render(AMERICAN, dir, 24, Paper.A4);
        assertEveryPage(handout, 595.28f, 841.89f);
        PageMarginsTest.assertInsideMargins(handout);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyPdfAsksToBePrintedAtActualSizeAndShowsItsTitle(EverySize.Sized g) throws IOException {
        for (Edition e : Edition.pdfs()) {
            try (PDDocument doc = Loader.loadPDF(g.pdf(e).toFile())) {
                PDViewerPreferences preferences = doc.getDocumentCatalog().getViewerPreferences();
                assertEquals("None", preferences.getPrintScaling(), g.pdf(e) + ": /PrintScaling");
                assertTrue(preferences.displayDocTitle(), g.pdf(e) + ": /DisplayDocTitle, which PDF/UA-1 asks for");
            }
        }
    }

    private static Path render(Path guide, Path out, int size, Paper paper) {
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(guide);
        Options options = Options.builder(out)
                .size(size)
                .editions(EnumSet.of(Edition.HANDOUT))
                .paper(Optional.of(paper))
                .build();
        Outcome outcome = fiches.TestFiles.renderer(options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        assertTrue(!outcome.failed(), outcome.problems()::toString);
        return outcome.written().get(0);
    }

    static void assertEveryPage(Path pdf, float width, float height) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                assertEquals(width, page.getMediaBox().getWidth(), 0.05, pdf.getFileName() + " page " + n + " width");
                assertEquals(
                        height, page.getMediaBox().getHeight(), 0.05, pdf.getFileName() + " page " + n + " height");
            }
        }
    }

    private static void assertNoGlyphUnder(Path pdf, float points) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PdfText.Glyph glyph : PdfText.glyphs(doc)) {
                assertTrue(
                        glyph.text().isBlank() || glyph.size() >= points - 0.01f,
                        pdf.getFileName() + ": '" + glyph.text() + "' at " + glyph.size() + " pt on page "
                                + glyph.page());
            }
        }
    }
}
