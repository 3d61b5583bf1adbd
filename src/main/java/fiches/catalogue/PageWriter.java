package fiches.catalogue;

import fiches.guide.Language;
import fiches.ledger.PageRecord;
import fiches.product.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the catalogue page: one HTML file with its style, its small search script and its
 * pictures inside, and relative links to the PDFs beside it, so that it works from the disk, a
 * shared folder or a web server alike. The page is a DOM built node by node: a guide's text is
 * always text, escaped by jsoup on output, never markup.
 */
final class PageWriter {
    private static final String CSS = resource("catalogue.css");
    private static final String SCRIPT = resource("catalogue.js");

    private final Language language;
    private final Labels labels;
    private final Locale locale;

    PageWriter(Language language) {
        this.language = language;
        this.labels = new Labels(language);
        this.locale = Locale.forLanguageTag(language.primary());
    }

    /** The page's style and script, which its digest covers. */
    static String style() {
        return CSS + SCRIPT;
    }

    /**
     * The page for these entries, as UTF-8 bytes: the same entries always give the same bytes.
     *
     * @param inputs the digest of what the entries were read from, kept in the page (see {@link PageInputs})
     */
    byte[] write(List<Entry> entries, String inputs) {
        Document doc = Document.createShell("");
        doc.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", language.primary());
        head(doc.head(), inputs);
        body(doc.body(), entries);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private void head(Element head, String inputs) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", PageRecord.META).attr("content", PageRecord.content(inputs));
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(labels.catalogue("title"));
        head.appendElement("style").appendChild(new DataNode(CSS));
    }

    private void body(Element body, List<Entry> entries) {
        body.appendElement("a").addClass("skip").attr("href", "#guides").text(labels.catalogue("skip"));
        Element header = body.appendElement("header");
        header.appendElement("h1").text(labels.catalogue("title"));
        header.appendElement("p").addClass("intro").text(labels.catalogue("intro"));
        Element main = body.appendElement("main").attr("id", "guides").attr("tabindex", "-1");
        search(main, entries.size());
        if (entries.isEmpty()) {
            main.appendElement("p").text(labels.catalogue("empty"));
        }
        List<Shelves.Shelf> shelves = Shelves.of(entries, labels, locale);
        for (int i = 0; i < shelves.size(); i++) {
            shelf(main, shelves.get(i), i + 1);
        }
        main.appendElement("p").attr("id", "none").attr("hidden", true).text(labels.catalogue("none"));
        body.appendElement("script").appendChild(new DataNode(SCRIPT));
    }

    /** The search box: hidden until the script shows it, so that without it the page is just the list. */
    private void search(Element main, int total) {
        Element search = main.appendElement("div")
                .attr("id", "search")
                .attr("role", "search")
                .attr("hidden", true);
        search.appendElement("label").attr("for", "q").text(labels.catalogue("search"));
        search.appendElement("input")
                .attr("type", "search")
                .attr("id", "q")
                .attr("name", "q")
                .attr("autocomplete", "off")
                .attr("aria-describedby", "q-hint");
        search.appendElement("p").attr("id", "q-hint").addClass("hint").text(labels.catalogue("search.hint"));
        search.appendElement("p")
                .attr("id", "count")
                .attr("role", "status")
                .attr("data-one", labels.catalogue("count.one"))
                .attr("data-many", labels.catalogue("count"))
                .text(count(total));
    }

    private void shelf(Element main, Shelves.Shelf shelf, int n) {
        Element section = main.appendElement("section").addClass("theme").attr("aria-labelledby", "theme-" + n);
        section.appendElement("h2").attr("id", "theme-" + n).text(shelf.theme());
        Element list = section.appendElement("ul").addClass("guides");
        for (Entry e : shelf.entries()) {
            entry(list, e, shelf.theme());
        }
    }

    private void entry(Element list, Entry e, String theme) {
        Element item = list.appendElement("li")
                .addClass("guide")
                .attr(
                        "data-search",
                        SearchWords.fold(String.join(" ", e.title(), e.description(), theme)) + " " + e.words());
        item.attr("data-picture", e.picture()).attr("data-pages", String.valueOf(e.pages()));
        if (!e.language().isEmpty() && !e.language().equals(language.primary())) {
            item.attr("lang", e.language());
        }
        item.appendElement("img")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(e.thumbnail()))
                .attr("alt", "");
        Element text = item.appendElement("div").addClass("text");
        text.appendElement("h3").text(e.title());
        if (!e.description().isEmpty()) {
            text.appendElement("p").addClass("description").text(e.description());
        }
        facts(text.appendElement("dl").addClass("facts"), e, theme);
        if (e.older()) {
            text.appendElement("p")
                    .addClass("older")
                    .text(e.date()
                            .map(d -> labels.catalogue("older", labels.date(d)))
                            .orElse(labels.catalogue("older.undated")));
        } else {
            e.date().ifPresent(d -> text.appendElement("p").addClass("date").text(labels.updated(d)));
        }
        actions(text.appendElement("ul").addClass("actions"), e);
    }

    private void facts(Element dl, Entry e, String theme) {
        if (e.theme().isPresent()) {
            fact(dl, labels.topicName(), theme, "theme");
        }
        e.level().ifPresent(l -> fact(dl, labels.levelName(), labels.difficultyName(l), "level"));
        e.device().ifPresent(d -> fact(dl, labels.platformLabel(), labels.platformName(d), "device"));
        List<String> size = new ArrayList<>();
        if (e.steps() > 0) {
            size.add(e.steps() == 1 ? labels.catalogue("steps.one") : labels.catalogue("steps", e.steps()));
        }
        String pages = e.pages() == 1 ? labels.catalogue("pages.one") : labels.catalogue("pages", e.pages());
        Element div = dl.appendElement("div").addClass("size");
        div.appendElement("dt").addClass("visually-hidden").text(labels.catalogue("length"));
        Element dd = div.appendElement("dd");
        size.forEach(s -> dd.appendElement("span").text(s));
        dd.appendElement("span").addClass("pages").text(pages);
    }

    private void fact(Element dl, String name, String value, String cssClass) {
        Element div = dl.appendElement("div").addClass(cssClass);
        div.appendElement("dt").text(name + labels.colon().stripTrailing());
        div.appendElement("dd").text(value);
    }

    private void actions(Element ul, Entry e) {
        e.handout()
                .ifPresent(pdf -> ul.appendElement("li")
                        .appendElement("a")
                        .addClass("print")
                        .attr("href", Href.of(pdf.name()))
                        .text(labels.catalogue("print")));
        e.accessible()
                .ifPresent(pdf -> ul.appendElement("li")
                        .appendElement("a")
                        .addClass("send")
                        .attr("href", Href.of(pdf.name()))
                        .text(labels.catalogue("send") + " (PDF, " + labels.catalogue("size", pdf.kilobytes()) + ")"));
    }

    private String count(int n) {
        return n == 1 ? labels.catalogue("count.one") : labels.catalogue("count", n);
    }

    private static String resource(String name) {
        try (InputStream in = PageWriter.class.getResourceAsStream("/fiches/catalogue/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the file fiches/catalogue/" + name + " is missing from Fiches");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
