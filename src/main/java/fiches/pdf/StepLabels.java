package fiches.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * Finds the steps again in a saved copy of a rendered guide. Before saving, each step's
 * structure element gets a private key with its number; in the copy the key is read, then
 * removed, so that no output carries it.
 */
final class StepLabels {
    private static final COSName KEY = COSName.getPDFName("FichesStep");

    private StepLabels() {
    }

    static void label(List<StepMark> marks) {
        marks.forEach(m -> m.section().getCOSObject().setInt(KEY, m.number()));
    }

    /** The marks of the original, bound to the pages and structure elements of the copy. */
    static List<StepMark> find(PDDocument copy, List<StepMark> original) {
        Map<Integer, PDStructureElement> sections = new HashMap<>();
        collect(copy.getDocumentCatalog().getStructureTreeRoot(), sections);
        List<StepMark> marks = new ArrayList<>();
        for (StepMark m : original) {
            PDStructureElement section = sections.get(m.number());
            if (section == null) {
                throw new IllegalStateException("step " + m.number() + " lost its structure element");
            }
            marks.add(new StepMark(m.number(), m.name(), m.pageIndex(), copy.getPage(m.pageIndex()), m.box(), section));
        }
        return marks;
    }

    private static void collect(PDStructureNode node, Map<Integer, PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                int number = e.getCOSObject().getInt(KEY, -1);
                if (number >= 0) {
                    out.put(number, e);
                    e.getCOSObject().removeItem(KEY);
                }
                collect(e, out);
            }
        }
    }
}
