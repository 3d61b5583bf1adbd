package fiches.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Looks a key up in a document's parent tree, as a reader does to find what an annotation belongs to. */
public final class ParentTree {
    private ParentTree() {}

    /** The parent tree's flat list of keys and values. */
    public static COSArray nums(PDDocument doc) {
        return doc.getDocumentCatalog()
                .getStructureTreeRoot()
                .getParentTree()
                .getCOSObject()
                .getCOSArray(COSName.NUMS);
    }

    /** The structure element of that key, or null when the tree has none. */
    public static COSDictionary parentOf(COSArray nums, int key) {
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSNumber n && n.intValue() == key) {
                return (COSDictionary) nums.getObject(i + 1);
            }
        }
        return null;
    }
}
