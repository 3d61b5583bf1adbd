package fiches.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Gives every link annotation a /Contents (PDF/UA-1 7.18.1 and 7.18.5), taken from the /Alt
 * of the Link element it belongs to: the link's words and its address.
 */
final class LinkAnnotations {

    void describe(PDDocument doc) throws IOException {
        Map<Integer, COSDictionary> parents =
                parentsByKey(doc.getDocumentCatalog().getStructureTreeRoot());
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    COSDictionary element = parents.get(link.getStructParent());
                    String alt = element == null ? null : element.getString(COSName.ALT);
                    link.setContents(alt != null && !alt.isBlank() ? alt : address(link));
                }
            }
        }
    }

    /** Without a Link element to name it, a link is described by where it leads. */
    private static String address(PDAnnotationLink link) throws IOException {
        return link.getAction() instanceof PDActionURI uri && uri.getURI() != null ? uri.getURI() : "link";
    }

    /** The parent tree's entries by key: the structure element each marked page or annotation belongs to. */
    static Map<Integer, COSDictionary> parentsByKey(PDStructureTreeRoot root) {
        Map<Integer, COSDictionary> map = new HashMap<>();
        if (root == null || root.getParentTree() == null) {
            return map;
        }
        COSArray nums = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
        if (nums == null) {
            return map;
        }
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            COSBase key = nums.getObject(i);
            COSBase value = nums.getObject(i + 1);
            if (key instanceof COSNumber n && value instanceof COSDictionary d) {
                map.put(n.intValue(), d);
            }
        }
        return map;
    }
}
