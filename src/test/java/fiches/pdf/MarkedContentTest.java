package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Marked content is written so that every viewer can follow the tags to the text: each MCID
 * inline in its BDC operator (pdf.js reads no other form), present once on its page, and
 * referenced once from the structure tree.
 */
class MarkedContentTest {

    static Stream<Arguments> editions() {
        return RenderedGuides.everyEdition();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void everyMcidIsWrittenInlineAndOnce(RenderedGuides.Rendered g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            for (PDPage page : doc.getPages()) {
                List<Integer> mcids = contentMcids(page);
                assertEquals(new TreeSet<>(mcids).size(), mcids.size(), "an MCID appears twice: " + mcids);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void theStructureTreeReferencesExactlyTheMarkedContentOfEachPage(RenderedGuides.Rendered g, Edition edition)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            Map<PDPage, List<Integer>> referenced = new HashMap<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), null, referenced);
            for (PDPage page : doc.getPages()) {
                List<Integer> refs = referenced.getOrDefault(page, List.of());
                assertEquals(new TreeSet<>(refs).size(), refs.size(), "an MCID is referenced twice");
                assertEquals(
                        new TreeSet<>(contentMcids(page)),
                        new TreeSet<>(refs),
                        "page " + (doc.getPages().indexOf(page) + 1));
            }
        }
    }

    /** The MCIDs of a page's content; fails on any marked content that names a property list. */
    private static List<Integer> contentMcids(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Integer> mcids = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
                Object props = tokens.get(i - 1);
                assertFalse(props instanceof COSName, "BDC names a property list: " + props);
                assertTrue(props instanceof COSDictionary);
                int mcid = ((COSDictionary) props).getInt(COSName.MCID, -1);
                if (mcid >= 0) {
                    mcids.add(mcid);
                }
            }
        }
        return mcids;
    }

    private static void collect(PDStructureNode node, PDPage inherited, Map<PDPage, List<Integer>> out) {
        PDPage page = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : inherited;
        for (Object kid : node.getKids()) {
            if (kid instanceof Integer mcid) {
                out.computeIfAbsent(page, p -> new ArrayList<>()).add(mcid);
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage p = ref.getPage() != null ? ref.getPage() : page;
                out.computeIfAbsent(p, x -> new ArrayList<>()).add(ref.getMCID());
            } else if (kid instanceof PDStructureNode child) {
                collect(child, page, out);
            }
        }
    }
}
