package fiches.layout;

import fiches.guide.Guide;
import fiches.guide.Language;
import fiches.product.Labels;
import fiches.product.Typography;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays out the book's own pages for a binder: a cover, then a table of contents by theme with
 * each guide's first page. The guides' pages are those each guide already has, bound after these
 * (see {@code fiches.pdf.BookBinder}), so a contents entry links to an address the binder turns
 * into the guide's first page: {@link #guideLink(int)}.
 */
public final class BookLayout {
    /** The ids of the book's own parts: the cover's title and the table of contents. */
    public static final String COVER_ID = "cover";

    public static final String CONTENTS_ID = "contents";

    /** What a contents entry links to before the book is bound: the guide's number in the book. */
    public static final String GUIDE_LINK = "fiches-recueil:";

    private final GuideLayout guides;

    public BookLayout(GuideLayout guides) {
        this.guides = guides;
    }

    /** A theme of the book and its guides, in the order they are printed. */
    public record Shelf(String theme, List<Guide> guides) {
        public Shelf {
            guides = List.copyOf(guides);
        }
    }

    /** The link of the {@code n}th guide of the book (from 1) in its contents. */
    public static String guideLink(int n) {
        return GUIDE_LINK + n;
    }

    /**
     * @param lang       the book's language: that of its own words
     * @param date       the date the cover shows, if any
     * @param shelves    the themes in order, each with its guides in order
     * @param firstPages each guide's first page in the book, in the same order
     * @param desk       the name of the desk whose collection it is, from its site profile, if any
     */
    public Document front(
            Language lang,
            Optional<LocalDate> date,
            List<Shelf> shelves,
            List<Integer> firstPages,
            Optional<String> desk) {
        Labels labels = new Labels(lang);
        Typography typography = new Typography(lang);
        Xhtml x = new Xhtml();
        Element html = x.element("html");
        html.setAttribute("lang", lang.tag());
        x.document().appendChild(html);
        Element head = x.add(html, "head");
        // The desk's name too, where a reader sees the file's title: a recueil mailed or put online
        // says whose it is.
        x.addText(
                head,
                "title",
                labels.recueil("title") + desk.map(d -> " — " + d).orElse(""));
        GuideLayout.meta(x, head, "generator", "Fiches");
        x.addText(head, "style", guides.stylesheet());
        Element front = x.add(x.add(html, "body"), "div", "front");
        cover(x, front, labels, typography, date, firstPages.size(), desk);
        contents(x, front, labels, typography, shelves, firstPages);
        return x.document();
    }

    private static void cover(
            Xhtml x,
            Element front,
            Labels labels,
            Typography t,
            Optional<LocalDate> date,
            int count,
            Optional<String> desk) {
        Element cover = x.add(front, "div", "cover");
        x.addText(cover, "h1", t.apply(labels.recueil("title"))).setAttribute("id", COVER_ID);
        desk.ifPresent(d -> x.addText(cover, "p", t.apply(d)).setAttribute("class", "desk"));
        Element facts = x.add(cover, "ul", "facts");
        x.addText(facts, "li", count == 1 ? labels.recueil("count.one") : labels.recueil("count", count));
        date.ifPresent(d -> x.addText(facts, "li", labels.updated(d)));
    }

    /** One list of links per theme, each guide's title and its first page in two columns. */
    private static void contents(
            Xhtml x, Element front, Labels labels, Typography t, List<Shelf> shelves, List<Integer> firstPages) {
        Element nav = x.add(front, "div", "contents");
        nav.setAttribute("id", CONTENTS_ID);
        x.addText(nav, "h2", labels.recueil("contents"));
        int next = 0;
        for (Shelf shelf : shelves) {
            if (shelf.guides().isEmpty()) {
                continue;
            }
            x.addText(nav, "h3", t.apply(shelf.theme()));
            Element list = x.add(nav, "ul", "toc");
            for (Guide guide : shelf.guides()) {
                Element a = x.add(x.add(list, "li"), "a");
                a.setAttribute("href", guideLink(next + 1));
                x.addText(
                                a,
                                "span",
                                new Typography(guide.meta().lang())
                                        .apply(guide.meta().title()))
                        .setAttribute("class", "toc-title");
                x.addText(a, "span", String.valueOf(firstPages.get(next))).setAttribute("class", "toc-page");
                next++;
            }
        }
    }
}
