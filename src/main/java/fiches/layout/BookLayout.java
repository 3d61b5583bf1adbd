package fiches.layout;

import fiches.guide.Guide;
import fiches.guide.Language;
import fiches.guide.SiteProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays several guides out as one book for a binder: a cover, a table of contents by theme whose
 * page numbers the renderer fills in, then each guide as a single guide is laid out, starting on
 * a right-hand page with its own running footer. Every guide's ids carry its own prefix.
 */
public final class BookLayout {
    /** The ids of the book's own parts: the cover's title and the table of contents. */
    public static final String COVER_ID = "cover";

    public static final String CONTENTS_ID = "contents";

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

    /** The book's document, and each guide in it with its ids, in the order they are printed. */
    public record Book(Document xhtml, List<Chapter> chapters) {
        public Book {
            chapters = List.copyOf(chapters);
        }
    }

    /**
     * @param lang    the book's language: that of its own words (cover, contents)
     * @param date    the date the cover shows, if any
     * @param shelves the themes in order, each with its guides in order
     * @param profile the desk's profile: each guide keeps its logo and help box, as when alone
     */
    public Book layout(
            Language lang,
            Optional<LocalDate> date,
            List<Shelf> shelves,
            Edition edition,
            Optional<SiteProfile> profile) {
        Labels labels = new Labels(lang);
        Typography typography = new Typography(lang);
        List<Chapter> chapters = new ArrayList<>();
        shelves.forEach(s -> s.guides().forEach(g -> chapters.add(new Chapter(g, Ids.ofPart(chapters.size() + 1)))));
        Xhtml x = new Xhtml();
        Element html = x.element("html");
        html.setAttribute("lang", lang.tag());
        x.document().appendChild(html);
        head(x, x.add(html, "head"), labels, shelves, chapters);
        Element body = x.add(html, "body");
        Element front = x.add(body, "div", "front");
        GuideLayout.footer(x, front, guides.footerTitle(labels.recueil("title"), labels), labels);
        cover(x, front, labels, typography, date, chapters.size());
        contents(x, front, labels, typography, shelves, chapters);
        for (Chapter chapter : chapters) {
            Element part = x.add(body, "div", "chapter");
            Language own = chapter.guide().meta().lang();
            if (!own.tag().equals(lang.tag())) {
                part.setAttribute("lang", own.tag());
            }
            guides.chapter(x, part, chapter.guide(), edition, chapter.ids(), profile);
        }
        return new Book(x.document(), chapters);
    }

    private void head(Xhtml x, Element head, Labels labels, List<Shelf> shelves, List<Chapter> chapters) {
        x.addText(head, "title", labels.recueil("title"));
        GuideLayout.meta(x, head, "generator", "Fiches");
        x.addText(head, "style", guides.stylesheet());
        Element root = x.add(head, "bookmarks");
        Bookmarks.mark(x, root, labels.recueil("contents"), "#" + CONTENTS_ID);
        int next = 0;
        for (Shelf shelf : shelves) {
            if (shelf.guides().isEmpty()) {
                continue;
            }
            Element theme = Bookmarks.mark(
                    x, root, shelf.theme(), "#" + chapters.get(next).ids().title());
            for (int i = 0; i < shelf.guides().size(); i++, next++) {
                Chapter c = chapters.get(next);
                Bookmarks.chapter(
                        x, theme, c.guide(), new Labels(c.guide().meta().lang()), c.ids());
            }
        }
    }

    private static void cover(
            Xhtml x, Element front, Labels labels, Typography t, Optional<LocalDate> date, int count) {
        Element cover = x.add(front, "div", "cover");
        x.addText(cover, "h1", t.apply(labels.recueil("title"))).setAttribute("id", COVER_ID);
        Element facts = x.add(cover, "ul", "facts");
        x.addText(facts, "li", count == 1 ? labels.recueil("count.one") : labels.recueil("count", count));
        date.ifPresent(d -> x.addText(facts, "li", labels.updated(d)));
    }

    /** One list of links per theme; the stylesheet adds each guide's first page after its title. */
    private static void contents(
            Xhtml x, Element front, Labels labels, Typography t, List<Shelf> shelves, List<Chapter> chapters) {
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
            for (int i = 0; i < shelf.guides().size(); i++, next++) {
                Chapter c = chapters.get(next);
                Element a = x.add(x.add(list, "li"), "a");
                a.setAttribute("href", "#" + c.ids().title());
                x.addText(
                                a,
                                "span",
                                new Typography(c.guide().meta().lang())
                                        .apply(c.guide().meta().title()))
                        .setAttribute("class", "toc-title");
            }
        }
    }
}
