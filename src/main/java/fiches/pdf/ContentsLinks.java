package fiches.pdf;

import fiches.layout.BookLayout;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The contents' links, made before the guides are bound and so to an address that names the
 * guide ({@link BookLayout#guideLink(int)}), now lead to the guide's first page in the book.
 * They keep their Link elements and descriptions.
 */
final class ContentsLinks {

    /**
     * @param frontLength how many pages the book's own pages take
     * @param firstPages  each guide's first page, from 1
     * @param names       what each link says it leads to: the guide's title and page
     */
    void point(PDDocument book, List<PDPage> pages, int frontLength, List<Integer> firstPages, List<String> names)
            throws IOException {
        Map<Integer, PDAnnotationLink> links = new HashMap<>();
        for (int p = 0; p < frontLength; p++) {
            for (PDAnnotation annotation : pages.get(p).getAnnotations()) {
                int guide = guide(annotation);
                if (guide >= 1 && guide <= firstPages.size()) {
                    PDAnnotationLink link = (PDAnnotationLink) annotation;
                    PDPage page = pages.get(firstPages.get(guide - 1) - 1);
                    PDPageXYZDestination to = new PDPageXYZDestination();
                    to.setPage(page);
                    to.setTop(Math.round(page.getMediaBox().getHeight()));
                    PDActionGoTo go = new PDActionGoTo();
                    go.setDestination(to);
                    link.setAction(go);
                    link.setContents(names.get(guide - 1));
                    links.put(link.getStructParent(), link);
                }
            }
        }
        describeElements(book, links);
    }

    /** The Link elements said the address the renderer was given; they now say the guide and its page. */
    private static void describeElements(PDDocument book, Map<Integer, PDAnnotationLink> links) {
        Map<Integer, COSDictionary> elements =
                LinkAnnotations.parentsByKey(book.getDocumentCatalog().getStructureTreeRoot());
        links.forEach((key, link) -> {
            COSDictionary element = elements.get(key);
            if (element != null && element.containsKey(COSName.ALT)) {
                element.setString(COSName.ALT, link.getContents());
            }
        });
    }

    /** The first page with a link to a guide: where the contents start. */
    static int firstLinkedPage(PDDocument front) throws IOException {
        for (int p = 0; p < front.getNumberOfPages(); p++) {
            for (PDAnnotation annotation : front.getPage(p).getAnnotations()) {
                if (guide(annotation) > 0) {
                    return p;
                }
            }
        }
        throw new IOException("the contents have no link to a guide");
    }

    /** The guide a link leads to, from 1; 0 for any other annotation. */
    private static int guide(PDAnnotation annotation) throws IOException {
        if (annotation instanceof PDAnnotationLink link
                && link.getAction() instanceof PDActionURI uri
                && uri.getURI() != null
                && uri.getURI().matches(java.util.regex.Pattern.quote(BookLayout.GUIDE_LINK) + "\\d{1,6}")) {
            return Integer.parseInt(uri.getURI().substring(BookLayout.GUIDE_LINK.length()));
        }
        return 0;
    }
}
