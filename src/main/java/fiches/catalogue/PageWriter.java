package fiches.catalogue;

import fiches.guide.Language;
import fiches.guide.Translations;
import fiches.ledger.PageRecord;
import fiches.product.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        doc.selectFirst("html")
                .attr("lang", language.primary())
                .attr("dir", LanguageNames.direction(language.primary()));
        head(doc.head(), inputs);
        body(doc.body(), entries, new Languages(entries));
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private void head(Element head, String inputs) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", PageRecord.META).attr("content", PageRecord.content(inputs));
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(labels.catalogue("title"));
        head.appendElement("style").appendChild(new DataNode(CSS));
    }

    /**
     * The languages of the entries and which entries are one guide in several languages, with the
     * place each entry has on the page ({@code id}) for the links between them.
     */
    private final class Languages {
        private final Map<String, Entry> bySlug = new HashMap<>();
        private final Map<String, String> ids = new HashMap<>();
        private final Translations translations;
        /** Each language of the entries with how many there are, in the order the filter offers them. */
        private final Map<String, Long> counts = new LinkedHashMap<>();

        Languages(List<Entry> entries) {
            Map<String, Optional<String>> named = new TreeMap<>();
            entries.forEach(e -> {
                bySlug.put(e.slug(), e);
                named.put(e.slug(), e.translationOf());
            });
            translations = new Translations(named);
            entries.stream()
                    .map(Entry::language)
                    .filter(l -> !l.isEmpty())
                    .distinct()
                    .sorted(order())
                    .forEach(l -> counts.put(
                            l,
                            entries.stream().filter(e -> e.language().equals(l)).count()));
            List<Entry> shown = Shelves.of(entries, labels, locale).stream()
                    .flatMap(s -> s.entries().stream())
                    .toList();
            for (int i = 0; i < shown.size(); i++) {
                ids.put(shown.get(i).slug(), "guide-" + (i + 1));
            }
        }

        /**
         * The page's language first, then the others by code (ar, en, es…): an order that does not
         * change when Fiches learns a language.
         */
        private Comparator<String> order() {
            return Comparator.comparing((String l) -> !l.equals(language.primary()))
                    .thenComparing(Comparator.naturalOrder());
        }

        String id(Entry e) {
            return ids.get(e.slug());
        }

        /** The other entries of this one's group, in another language than its own, in the filter's order. */
        List<Entry> others(Entry e) {
            return translations.group(e.slug()).stream()
                    .filter(s -> !s.equals(e.slug()))
                    .map(bySlug::get)
                    .filter(o -> !o.language().isEmpty() && !o.language().equals(e.language()))
                    .sorted(Comparator.comparing(Entry::language, order()).thenComparing(Entry::slug))
                    .toList();
        }
    }

    private void body(Element body, List<Entry> entries, Languages languages) {
        body.appendElement("a").addClass("skip").attr("href", "#guides").text(labels.catalogue("skip"));
        Element header = body.appendElement("header");
        header.appendElement("h1").text(labels.catalogue("title"));
        header.appendElement("p").addClass("intro").text(labels.catalogue("intro"));
        Element main = body.appendElement("main").attr("id", "guides").attr("tabindex", "-1");
        search(main, entries.size(), languages);
        if (entries.isEmpty()) {
            main.appendElement("p").text(labels.catalogue("empty"));
        }
        List<Shelves.Shelf> shelves = Shelves.of(entries, labels, locale);
        for (int i = 0; i < shelves.size(); i++) {
            shelf(main, shelves.get(i), i + 1, languages);
        }
        main.appendElement("p").attr("id", "none").attr("hidden", true).text(labels.catalogue("none"));
        body.appendElement("script").appendChild(new DataNode(SCRIPT));
    }

    /** The search box: hidden until the script shows it, so that without it the page is just the list. */
    private void search(Element main, int total, Languages languages) {
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
        if (languages.counts.size() > 1) {
            languageFilter(search, total, languages);
        }
        search.appendElement("p")
                .attr("id", "count")
                .attr("role", "status")
                .attr("data-one", labels.catalogue("count.one"))
                .attr("data-many", labels.catalogue("count"))
                .text(count(total));
    }

    /**
     * The choice of one language, as radio buttons: each a native control, reached with Tab and
     * changed with the arrow keys; each language named in itself, in its own language.
     */
    private void languageFilter(Element search, int total, Languages languages) {
        Element set = search.appendElement("fieldset").attr("id", "languages");
        set.appendElement("legend").text(labels.catalogue("languages"));
        choice(set, "", labels.catalogue("languages.all"), total).attr("checked", true);
        languages.counts.forEach((lang, n) -> {
            // the name alone in its language and direction: the arrow keys follow the radio's, the page's
            choice(set, lang, LanguageNames.name(lang), n)
                    .nextElementSibling()
                    .attr("lang", lang)
                    .attr("dir", LanguageNames.direction(lang));
        });
    }

    /** @return the input, inside its label */
    private Element choice(Element set, String lang, String name, long n) {
        Element label = set.appendElement("label");
        Element input = label.appendElement("input")
                .attr("type", "radio")
                .attr("name", "lang")
                .attr("value", lang);
        label.appendElement("span").text(name);
        label.appendElement("span").addClass("n").text(" (" + n + ")");
        return input;
    }

    private void shelf(Element main, Shelves.Shelf shelf, int n, Languages languages) {
        Element section = main.appendElement("section").addClass("theme").attr("aria-labelledby", "theme-" + n);
        section.appendElement("h2").attr("id", "theme-" + n).text(shelf.theme());
        Element list = section.appendElement("ul").addClass("guides");
        for (Entry e : shelf.entries()) {
            entry(list, e, shelf.theme(), languages);
        }
    }

    private void entry(Element list, Entry e, String theme, Languages languages) {
        Element item = list.appendElement("li")
                .addClass("guide")
                .attr(
                        "data-search",
                        SearchWords.fold(String.join(" ", e.title(), e.description(), theme)) + " " + e.words());
        item.attr("data-picture", e.picture()).attr("data-pages", String.valueOf(e.pages()));
        item.attr("id", languages.id(e)).attr("tabindex", "-1").attr("data-lang", e.language());
        if (!e.language().isEmpty()) {
            item.attr("lang", e.language()).attr("dir", LanguageNames.direction(e.language()));
        }
        item.appendElement("img")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(e.thumbnail()))
                .attr("alt", "");
        Element text = item.appendElement("div").addClass("text");
        text.appendElement("h3").text(e.title());
        if (!e.description().isEmpty()) {
            text.appendElement("p").addClass("description").text(e.description());
        }
        facts(pageWords(text.appendElement("dl").addClass("facts"), e), e, theme);
        also(text, e, languages);
        if (e.older()) {
            pageWords(text.appendElement("p"), e)
                    .addClass("older")
                    .text(e.date()
                            .map(d -> labels.catalogue("older", labels.date(d)))
                            .orElse(labels.catalogue("older.undated")));
        } else {
            e.date()
                    .ifPresent(d -> pageWords(text.appendElement("p"), e)
                            .addClass("date")
                            .text(labels.updated(d)));
        }
        actions(pageWords(text.appendElement("ul").addClass("actions"), e), e);
    }

    /**
     * Marks a part of an entry in the page's words (its facts, dates, buttons) with the page's
     * language when the guide's is another, so that a screen reader reads each in its own voice.
     */
    private Element pageWords(Element part, Entry e) {
        if (!e.language().isEmpty() && !e.language().equals(language.primary())) {
            part.attr("lang", language.primary()).attr("dir", LanguageNames.direction(language.primary()));
        }
        return part;
    }

    /** « Aussi en : English · Español », each a link to that translation's entry, named in its own language. */
    private void also(Element text, Entry e, Languages languages) {
        List<Entry> others = languages.others(e);
        if (others.isEmpty()) {
            return;
        }
        Element p = pageWords(text.appendElement("p").addClass("also"), e);
        p.appendElement("span").text(labels.catalogue("also") + labels.colon());
        for (int i = 0; i < others.size(); i++) {
            Entry o = others.get(i);
            if (i > 0) {
                p.appendElement("span").attr("aria-hidden", "true").text(" · ");
            }
            p.appendElement("a")
                    .attr("href", "#" + languages.id(o))
                    .attr("hreflang", o.language())
                    .attr("lang", o.language())
                    .attr("dir", LanguageNames.direction(o.language()))
                    .text(LanguageNames.name(o.language()));
        }
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
        e.web()
                .ifPresent(page -> ul.appendElement("li")
                        .appendElement("a")
                        .addClass("phone")
                        .attr("href", Href.of(page.name()))
                        .text(labels.catalogue("phone") + " (" + labels.catalogue("size", page.kilobytes()) + ")"));
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
