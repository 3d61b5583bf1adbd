package fiches.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Tags form fields for PDF/UA-1: a Form structure element whose only kid is an object reference
 * to the field's widget, and a parent-tree entry from the widget back to that element. The
 * caller places the element in reading order.
 */
final class FormElements {
    private final PDStructureTreeRoot root;
    private final COSArray nums;

    FormElements(PDDocument doc) {
        this.root = doc.getDocumentCatalog().getStructureTreeRoot();
        this.nums = flatParentTree(root);
    }

    /** A new Form element for the widget, not yet placed in the tree. */
    PDStructureElement formFor(PDAnnotationWidget widget, PDStructureElement parent, PDPage page) {
        PDStructureElement formElement = new PDStructureElement(StandardStructureTypes.FORM, parent);
        formElement.setPage(page);
        PDObjectReference objr = new PDObjectReference();
        objr.setReferencedObject(widget);
        formElement.appendKid(objr);

        // veraPDF finds a widget's Form through /StructParent, not through the OBJR.
        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(formElement.getCOSObject());
        root.setParentTreeNextKey(key + 1);
        return formElement;
    }

    /**
     * The renderer writes its parent tree as one flat /Nums array with ascending keys; new keys
     * go at its end, which keeps it ordered (viewers such as pdf.js rely on that).
     */
    static COSArray flatParentTree(PDStructureTreeRoot root) {
        COSDictionary tree = root.getParentTree().getCOSObject();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        if (nums == null || tree.containsKey(COSName.KIDS)) {
            throw new IllegalStateException("unexpected parent tree layout from the renderer");
        }
        return nums;
    }
}
