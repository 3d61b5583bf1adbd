package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is printed off the paper or in the margins, however long a word or an address. */
class PageMarginsTest {
    private static final float MARGIN = 15 / 25.4f * 72; // the large-print minimum, 15 mm

    @Test
    void everyGlyphOfTheSampleGuidesIsInsideTheMargins() throws IOException {
        for (RenderedGuides.Rendered g : RenderedGuides.all().toList()) {
            for (Edition e : Edition.pdfs()) {
                assertInsideMargins(g.pdf(e));
            }
        }
    }

    static java.util.stream.Stream<EverySize.Sized> everyGuideAtEverySize() {
        return EverySize.all();
    }

    @Tag("integration")
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyGuideAtEverySize")
    void everyGlyphOfEveryGuideAtEverySizeIsInsideTheMargins(EverySize.Sized g) throws IOException {
        for (Edition e : Edition.pdfs()) {
            assertInsideMargins(g.pdf(e));
        }
    }

    @Test
    void aWordWiderThanThePageWrapsInsteadOfRunningOff(@TempDir Path dir) throws IOException {
        String word = "Anticonstitutionnellement".repeat(4);
        Path guide = Files.writeString(dir.resolve("long.md"), """
                ---
                title: "Une adresse interminable"
                steps: 1
                lang: "fr"
                ---

                ## Les étapes

                ### Étape 1 : Ouvrir la page

                Allez sur [la page](https://www.exemple.gouv.fr/particuliers/vosdroits/demarches-en-ligne-et-formulaires/R1406?parametre=valeur-tres-longue) puis lisez %s.
                """.formatted(word));
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(guide);
        var out = fiches.TestFiles.renderer(Options.builder(dir.resolve("out"))
                        .size(24)
                        .editions(EnumSet.of(Edition.HANDOUT))
                        .build())
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        Path pdf = out.written().get(0);
        assertInsideMargins(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper reader = new PDFTextStripper();
            reader.setSortByPosition(true);
            String text = reader.getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(word), "the long word is printed whole: " + text);
        }
    }

    static void assertInsideMargins(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> outside = new ArrayList<>();
            float width = doc.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (!t.getUnicode().isBlank() && (t.getX() < MARGIN || t.getX() + t.getWidth() > width - MARGIN)) {
                        outside.add(t.getUnicode() + " at x=" + t.getX() + " on page " + getCurrentPageNo());
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(outside.isEmpty(), pdf.getFileName() + ": " + outside.subList(0, Math.min(5, outside.size())));
        }
    }
}
