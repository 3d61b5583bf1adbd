package fiches.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The book's parent tree (which structure element each page's marked content and each annotation
 * belong to), gathered guide by guide. The merger reads the whole tree of the book into a map and
 * writes it back sorted at every guide, which grows with the square of the guides; so before each
 * guide the book is given an empty tree that keeps only its next key, and what the merger put in
 * it is moved here. The keys come in rising order, so the gathered tree is one sorted list.
 */
final class BookParentTree {
    private final COSArray nums = new COSArray();
    /** One more than the highest key gathered. */
    private int next;

    /** Takes the book's tree so far, leaving it an empty one with the same next key. */
    void take(PDDocument book) {
        PDStructureTreeRoot root = book.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        COSBase tree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        if (tree instanceof COSDictionary node) {
            gather(node);
        }
        // The merger numbers the next guide's entries from this key, which an empty tree cannot tell.
        root.setParentTreeNextKey(Math.max(root.getParentTreeNextKey(), next));
        COSDictionary empty = new COSDictionary();
        empty.setItem(COSName.NUMS, new COSArray());
        root.getCOSObject().setItem(COSName.PARENT_TREE, empty);
    }

    /** Gives the book its whole tree, as one list of keys and values. */
    void restore(PDDocument book) {
        PDStructureTreeRoot root = book.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
    }

    private void gather(COSDictionary node) {
        COSArray own = node.getCOSArray(COSName.NUMS);
        if (own != null) {
            for (int i = 0; i + 1 < own.size(); i += 2) {
                nums.add(own.get(i));
                nums.add(own.get(i + 1));
                if (own.getObject(i) instanceof COSInteger key) {
                    next = Math.max(next, key.intValue() + 1);
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    gather(kid);
                }
            }
        }
    }
}
