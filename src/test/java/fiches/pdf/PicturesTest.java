package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.product.Edition;
import fiches.product.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screenshots print large for low vision: as wide as the text column, or, when tall, as tall as a
 * set share of the page; never at their pixel size; the handout sets their description apart.
 */
class PicturesTest {
    /** The stylesheet's side margins, 20 mm each. */
    private static final double SIDE_MARGINS_MM = 40;
    /** The top and bottom margins (22 and 30 mm) and the room a picture leaves for its title and description. */
    private static final double BESIDE_A_PICTURE_MM = 22 + 30 + 120;

    static Stream<Arguments> guidesWithPictures() {
        return EverySize.all()
                .filter(g -> !altTexts(g).isEmpty())
                .flatMap(g -> Edition.pdfs().stream().map(e -> Arguments.of(g, e)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("guidesWithPictures")
    void everyPictureFillsTheColumnOrItsShareOfThePage(EverySize.Sized g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<DrawnImages.Drawn> drawn = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                drawn.addAll(DrawnImages.on(page));
            }
            assertEquals(altTexts(g).size(), drawn.size(), "pictures printed");
            // The column and the height of the paper the guide is printed on: 170 × 125 mm on A4.
            double columnMm = doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72 - SIDE_MARGINS_MM;
            double tallestMm = doc.getPage(0).getMediaBox().getHeight() * 25.4 / 72 - BESIDE_A_PICTURE_MM;
            for (DrawnImages.Drawn d : drawn) {
                boolean wide = Math.abs(d.widthMm() - columnMm) < 1.5 && d.heightMm() <= tallestMm + 1;
                boolean tall = Math.abs(d.heightMm() - tallestMm) < 1.5 && d.widthMm() <= columnMm + 1;
                assertTrue(
                        wide || tall,
                        "a picture of " + d.widthPx() + "×" + d.heightPx() + " px printed at " + Math.round(d.widthMm())
                                + "×" + Math.round(d.heightMm()) + " mm");
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("guidesWithPictures")
    void everyPictureHasAThinBlackFrame(EverySize.Sized g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            for (PDPage page : doc.getPages()) {
                List<float[]> paths = DrawnImages.paths(page);
                for (DrawnImages.Drawn d : DrawnImages.on(page)) {
                    // A side of the frame runs from just above the picture to just below it.
                    boolean framed = paths.stream()
                            .anyMatch(p -> p[0] <= d.top() + 0.5
                                    && p[0] >= d.top() - 3
                                    && p[1] >= d.bottom() - 0.5
                                    && p[1] <= d.bottom() + 3);
                    assertTrue(framed, "a picture of " + d.widthPx() + "×" + d.heightPx() + " px without a frame");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("guidesWithPictures")
    void theHandoutLabelsEachDescriptionAndTheAccessibleEditionLeavesItToScreenReaders(
            EverySize.Sized g, Edition edition) throws IOException {
        String label = PdfText.normalize(new Labels(g.guide().meta().lang()).imageLabel());
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            String text = PdfText.normalize(String.join(" ", PdfText.pages(doc)));
            for (String alt : altTexts(g)) {
                String start = PdfText.normalize(alt).substring(0, Math.min(20, alt.length()));
                if (edition == Edition.HANDOUT) {
                    assertTrue(text.contains(label + " " + start), "« " + label + " " + start + " » in the handout");
                } else {
                    assertFalse(text.contains(label + " " + start), "a printed description in the accessible edition");
                }
            }
        }
    }

    private static List<String> altTexts(EverySize.Sized g) {
        List<String> alts = new ArrayList<>();
        Inlines.forEach(g.guide().sections(), i -> {
            if (i instanceof Inline.Image image) {
                alts.add(image.alt());
            }
        });
        return alts;
    }
}
