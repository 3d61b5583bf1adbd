package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table too wide for the page at the print size is printed one block per row, each value
 * after its column's name; a table that fits stays a table, with header cells in the structure.
 * That no word of a table is cut is checked by {@link WholeWordsTest}.
 */
class TablesTest {

    static Stream<Arguments> tableGuide() {
        return PrintGuides.atEverySize("tableau-large.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableGuide")
    void aTableTooWideForThePageIsPrintedOneBlockPerRow(PrintGuides.Printed g) {
        for (Edition edition : Edition.pdfs()) {
            String text = PdfText.normalize(String.join(
                    " ",
                    PrintGuides.lines(g, edition).stream().flatMap(List::stream).toList()));
            assertTrue(
                    text.contains("Téléphone : Android — Application : Google Drive — Dossier : Fichiers — "
                            + "Remarque : Téléchargements automatiquement synchronisés — Sauvegarde : Quotidienne"),
                    text);
            assertTrue(text.contains("Téléphone : iPhone — Application : Fichiers"), text);
            assertTrue(text.contains("Téléphone : Ordinateur — Application : Explorateur"), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableGuide")
    void aTableThatFitsKeepsItsHeaderCellsWithTheirScope(PrintGuides.Printed g) throws Exception {
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            List<PDStructureElement> headers = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "TH", headers);
            List<String> names = new ArrayList<>();
            for (PDStructureElement th : headers) {
                names.add(PdfText.normalize(TaggedText.of(doc, th)));
                assertEquals(PDTableAttributeObject.SCOPE_COLUMN, scope(th), "scope of " + TaggedText.of(doc, th));
            }
            // The two narrow tables; the wide one has no header cells left.
            assertEquals(List.of("Appareil", "Système", "Étape", "Bouton"), names);
            assertFalse(names.contains("Téléphone"));
        }
    }

    private static String scope(PDStructureElement th) {
        var attributes = th.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject a = attributes.getObject(i);
            if (a instanceof PDTableAttributeObject t) {
                return t.getScope();
            }
        }
        return null;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    out.add(e);
                }
                collect(e, type, out);
            }
        }
    }
}
