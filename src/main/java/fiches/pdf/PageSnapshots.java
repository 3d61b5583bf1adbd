package fiches.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Pages' content lists as they were before a pass drew on them for one edition only, to put
 * back once that edition is saved. A list is copied: PDFBox appends a stream to a page whose
 * contents are already a list by adding it to that very list.
 */
final class PageSnapshots {
    private final Map<COSDictionary, COSBase> before = new IdentityHashMap<>();

    /** Keeps the page's contents, unless they are kept already. */
    void keep(PDPage page) {
        COSDictionary dict = page.getCOSObject();
        if (!before.containsKey(dict)) {
            before.put(dict, copy(dict.getItem(COSName.CONTENTS)));
        }
    }

    /** Puts every page kept back as it was. */
    void restore() {
        before.forEach((page, contents) -> page.setItem(COSName.CONTENTS, contents));
        before.clear();
    }

    private static COSBase copy(COSBase contents) {
        if (!(contents instanceof COSArray list)) {
            return contents;
        }
        COSArray copy = new COSArray();
        for (int i = 0; i < list.size(); i++) {
            copy.add(list.get(i));
        }
        return copy;
    }
}
