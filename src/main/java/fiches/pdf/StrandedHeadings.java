package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import fiches.layout.GuideLayout;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the section titles that a first layout left alone at the foot of a page. A section title
 * and its first step are one group, and a step that fits on a page is kept whole; when the two
 * together are taller than a page, the renderer breaks the group between them and the title ends
 * its page. Such a step is then let break between its blocks, and the document laid out again.
 */
final class StrandedHeadings {
    private static final Pattern HEADINGS = Pattern.compile("^" + GuideLayout.OPENS_STEP_ID + "(\\d+)$");
    private static final Pattern TITLES = Pattern.compile("^" + GuideLayout.TICK_ID + "\\d+$");

    private StrandedHeadings() {}

    /** Marks each step whose section title ended up on an earlier page; true when there was one. */
    static boolean release(PdfBoxRenderer renderer, Document xhtml) {
        List<PagePosition<Box>> headings = renderer.findPagePositionsByID(HEADINGS);
        if (headings.isEmpty()) {
            return false;
        }
        Map<String, PagePosition<Box>> titles = BoxPositions.byId(renderer.findPagePositionsByID(TITLES));
        boolean found = false;
        for (PagePosition<Box> heading : headings) {
            Matcher m = HEADINGS.matcher(heading.getId());
            if (!m.matches()) {
                continue;
            }
            PagePosition<Box> title = titles.get(GuideLayout.TICK_ID + m.group(1));
            Element step = byId(xhtml.getDocumentElement(), GuideLayout.STEP_ID + m.group(1));
            if (title != null && title.getPageNo() > heading.getPageNo() && step != null) {
                step.setAttribute("class", step.getAttribute("class") + " " + GuideLayout.BREAKABLE);
                found = true;
            }
        }
        return found;
    }

    /** The element with that id (the layout declares no ID attributes, so the DOM cannot look it up). */
    private static Element byId(Element e, String id) {
        if (id.equals(e.getAttribute("id"))) {
            return e;
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                Element found = byId(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
