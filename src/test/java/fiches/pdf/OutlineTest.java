package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import fiches.product.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a reader finds their way: bookmarks, and headings that never skip a level. */
class OutlineTest {

    static Stream<Arguments> editions() {
        return RenderedGuides.everyEdition();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void bookmarksTheTitleEveryStepAndTheQuestions(RenderedGuides.Rendered g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(PdfText.normalize(item.getTitle()));
                item.children().forEach(child -> marks.add(PdfText.normalize(child.getTitle())));
            }
            List<String> expected = new ArrayList<>();
            expected.add(g.guide().meta().title());
            expected.add(g.guide().sections().stream()
                    .filter(s -> !s.steps().isEmpty())
                    .findFirst()
                    .get()
                    .title());
            expected.addAll(HandoutTest.stepHeadings(g.guide()));
            if (!g.guide().faq().isEmpty()) {
                expected.add(new Labels(g.guide().meta().lang()).faqTitle());
            }
            assertEquals(expected, marks);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void headingsStartAtOneAndNeverSkipALevel(RenderedGuides.Rendered g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<Integer> levels = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), levels);
            assertEquals(1, levels.get(0), "the first heading is the title");
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "H" + levels.get(i - 1) + " then H" + levels.get(i));
            }
        }
    }

    private static void collect(PDStructureNode node, List<Integer> levels) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().matches("H[1-6]")) {
                    levels.add(Integer.parseInt(e.getStructureType().substring(1)));
                }
                collect(e, levels);
            }
        }
    }
}
