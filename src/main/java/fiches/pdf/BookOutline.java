package fiches.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The book's bookmarks: the contents, then each theme with its guides, each guide with the
 * bookmarks it has alone (its sections, steps and questions), leading to the same places in the
 * book.
 */
final class BookOutline {
    /**
     * A guide's bookmark, read before its pages are bound.
     *
     * @param page the page it leads to, from 0 in the guide
     * @param top  how high on that page, in points; null for the page's top
     */
    record Mark(String title, int page, Float top, List<Mark> kids) {
        Mark {
            kids = List.copyOf(kids);
        }
    }

    /** A guide and its bookmarks, filed under its theme once the pages are all bound. */
    private record Entry(String theme, String title, List<Mark> marks, int first) {}

    private final PDDocument book;
    private final String contents;
    private final int contentsPage;
    private final List<Entry> entries = new ArrayList<>();

    /** @param contentsPage the page the contents start on, from 0 */
    BookOutline(PDDocument book, String contents, int contentsPage) {
        this.book = book;
        this.contents = contents;
        this.contentsPage = contentsPage;
    }

    /**
     * A guide's bookmarks, taken out of it: the binder would otherwise copy them at the book's top
     * level.
     */
    static List<Mark> take(PDDocument guide) throws IOException {
        PDDocumentOutline own = guide.getDocumentCatalog().getDocumentOutline();
        guide.getDocumentCatalog().setDocumentOutline(null);
        if (own == null) {
            return List.of();
        }
        // A destination names its page; finding its number walks the page tree, so the numbers are
        // listed once.
        Map<COSDictionary, Integer> numbers = new HashMap<>();
        for (PDPage page : guide.getPages()) {
            numbers.put(page.getCOSObject(), numbers.size());
        }
        return marks(numbers, own);
    }

    private static List<Mark> marks(Map<COSDictionary, Integer> numbers, PDOutlineNode node) throws IOException {
        List<Mark> marks = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            PDDestination d = item.getDestination();
            if (d == null && item.getAction() instanceof PDActionGoTo go) {
                d = go.getDestination();
            }
            if (d instanceof PDPageDestination page) {
                int index = page.getPage() == null
                        ? -1
                        : numbers.getOrDefault(page.getPage().getCOSObject(), -1);
                Float top = page instanceof PDPageXYZDestination xyz && xyz.getTop() >= 0 ? (float) xyz.getTop() : null;
                if (index >= 0) {
                    marks.add(new Mark(item.getTitle(), index, top, marks(numbers, item)));
                }
            }
        }
        return marks;
    }

    /**
     * A guide, under its theme: its own top bookmark (its title, with its sections under it), or
     * one made for it.
     *
     * @param first the guide's first page in the book, from 0
     */
    void add(String theme, String title, List<Mark> marks, int first) {
        entries.add(new Entry(theme, title, marks, first));
    }

    /** The bookmarks set in the book, each theme open to show its guides. */
    void finish(List<PDPage> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(item(contents, pages.get(contentsPage), null));
        PDOutlineItem theme = null;
        String themeName = null;
        for (Entry e : entries) {
            if (theme == null || !e.theme().equals(themeName)) {
                theme = item(e.theme(), pages.get(e.first()), null);
                outline.addLast(theme);
                themeName = e.theme();
            }
            theme.addLast(guide(e, pages));
        }
        for (PDOutlineItem t : outline.children()) {
            t.openNode();
        }
        outline.openNode();
        book.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem guide(Entry e, List<PDPage> pages) {
        if (e.marks().size() == 1 && e.marks().get(0).page() == 0) {
            return copy(e.marks().get(0), e.first(), pages);
        }
        PDOutlineItem guide = item(e.title(), pages.get(e.first()), null);
        e.marks().forEach(m -> guide.addLast(copy(m, e.first(), pages)));
        return guide;
    }

    private static PDOutlineItem copy(Mark mark, int first, List<PDPage> pages) {
        PDOutlineItem item = item(mark.title(), pages.get(first + mark.page()), mark.top());
        mark.kids().forEach(k -> item.addLast(copy(k, first, pages)));
        return item;
    }

    private static PDOutlineItem item(String title, PDPage page, Float top) {
        PDPageXYZDestination to = new PDPageXYZDestination();
        to.setPage(page);
        to.setTop(Math.round(top == null ? page.getMediaBox().getHeight() : top));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(to);
        return item;
    }
}
