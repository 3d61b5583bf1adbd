package fiches.web;

import fiches.guide.Guide;
import fiches.guide.LinkScheme;
import fiches.layout.GuideLayout;
import fiches.layout.NotesSection;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.product.LanguageRules;
import fiches.product.TextDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the web edition of a guide: one HTML page, from the XHTML document the layout made for
 * the PDFs, that reflows on a phone, ticks and keeps its ticks, and needs nothing from outside.
 * What paper draws becomes what a screen uses: a step's box a checkbox named by the step, a room
 * to write a text field, a picture an embedded image described by its {@code alt}; what only
 * paper needs (the running footer, the QR codes, the widths of words kept together) goes.
 */
public final class WebPage {
    private static final String STYLE = resource("page.css");
    private static final String SCRIPT = resource("page.js");
    /** The id prefix of a step's checkbox, and its name in what the page keeps. */
    public static final String DONE_ID = "done-";
    /** The id prefix of a note's text field. */
    public static final String NOTE_FIELD_ID = "note-field-";

    /**
     * The page of a guide, as UTF-8 bytes, the same for the same guide and layout.
     *
     * @param laidOut  the layout of the guide for {@link Edition#WEB}: the accessible edition's,
     *                 whose pictures are described by their {@code alt} and not by a caption
     * @param siblings the editions made beside it, which the page links to
     */
    public byte[] write(Guide guide, org.w3c.dom.Document laidOut, Set<Edition> siblings) {
        Labels labels = new Labels(guide.meta().lang());
        LanguageRules rules = labels.rules();
        Document doc = new Document("");
        doc.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html);
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html")
                .attr("lang", guide.meta().lang().tag())
                .attr("dir", rules.direction() == TextDirection.RTL ? "rtl" : "ltr")
                .attr("data-guide", guide.slug())
                .attr("data-version", guide.meta().date().map(Object::toString).orElse("undated"));
        head(html.appendElement("head"), guide);
        Element body = html.appendElement("body");
        Element from = body.ownerDocument().createElement("div");
        FromLayout.copyChildren(
                laidOut.getDocumentElement().getElementsByTagName("body").item(0), from);
        page(body, from, guide, labels, siblings);
        return doc.outerHtml().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void head(Element head, Guide guide) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", ContentPolicy.of(STYLE, SCRIPT));
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(guide.meta().title());
        guide.meta()
                .description()
                .ifPresent(d ->
                        head.appendElement("meta").attr("name", "description").attr("content", d));
        head.appendElement("meta").attr("name", "generator").attr("content", "Fiches");
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    /** The laid-out body, moved into the page's landmarks and made to work on a screen. */
    private void page(Element body, Element from, Guide guide, Labels labels, Set<Edition> siblings) {
        from.select("div.footer, p.qr").remove();
        from.select("[style]").removeAttr("style");
        from.select("span.keep").unwrap();
        from.select("a").forEach(WebPage::liveOrText);
        from.select("a").forEach(WebPage::joinParts);
        from.select("img").forEach(img -> embed(img, guide));
        from.select("h3.step-title").forEach(WebPage::checkbox);
        from.select("div.note").forEach(note -> noteField(note, labels));

        Element logo = from.selectFirst("#" + GuideLayout.LOGO_ID);
        if (logo != null) {
            body.appendElement("header").appendChild(logo);
        }
        Element help = from.selectFirst("section.help");
        if (help != null) {
            help.remove();
        }
        Element main = body.appendElement("main").attr("id", "guide");
        while (from.childNodeSize() > 0) {
            main.appendChild(from.childNode(0));
        }
        keeping(main, labels, guide);
        if (help != null) {
            help.tagName("aside").removeAttr("class").addClass("help");
            Element title = help.selectFirst("h2");
            if (title != null) {
                title.attr("id", "help-title");
                help.attr("aria-labelledby", "help-title");
            }
            body.appendChild(help);
        }
        others(body, guide, labels, siblings);
        body.appendElement("script").appendChild(new DataNode(SCRIPT));
    }

    /** A link is live only when its scheme is one a guide's link may have; else its words stay. */
    private static void liveOrText(Element a) {
        Optional<LinkScheme> scheme = LinkScheme.of(a.attr("href"));
        if (scheme.isEmpty() || !a.attr("href").strip().equals(a.attr("href"))) {
            a.unwrap();
        }
    }

    /**
     * A long address the layout broke across two lines of paper is two links there, side by side;
     * on a screen it is one link again, one stop for Tab and one for a screen reader.
     */
    private static void joinParts(Element a) {
        if (a.parent() == null) {
            return; // already joined to the link before it
        }
        while (a.nextSibling() instanceof Element next
                && next.normalName().equals("a")
                && next.attr("href").equals(a.attr("href"))) {
            while (next.childNodeSize() > 0) {
                a.appendChild(next.childNode(0));
            }
            next.remove();
        }
    }

    /** A picture is embedded from the bytes that were checked; one that was not keeps its words. */
    private static void embed(Element img, Guide guide) {
        Optional<byte[]> bytes = Optional.empty();
        try {
            URI src = URI.create(img.attr("src"));
            if ("file".equals(src.getScheme())) {
                bytes = guide.images().get(Path.of(src));
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file of the guide: nothing is embedded
        }
        if (bytes.isEmpty()) {
            img.replaceWith(new Element("span").addClass("image-missing").text(img.attr("alt")));
            return;
        }
        img.attr(
                "src",
                "data:" + mediaType(bytes.get()) + ";base64,"
                        + Base64.getEncoder().encodeToString(bytes.get()));
    }

    private static String mediaType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    /** The step's box, drawn on paper, becomes a checkbox named by the step's title. */
    private static void checkbox(Element title) {
        String n = title.id().substring(GuideLayout.TICK_ID.length());
        String id = DONE_ID + n;
        Element label = new Element("label").attr("for", id);
        while (title.childNodeSize() > 0) {
            label.appendChild(title.childNode(0));
        }
        title.appendElement("input")
                .attr("type", "checkbox")
                .attr("id", id)
                .attr("name", id)
                .attr("data-keep", "");
        title.appendChild(label);
    }

    /** The room to write under a note's label becomes a text field that label names. */
    private static void noteField(Element note, Labels labels) {
        Element label = note.selectFirst("p.note-label");
        Element room = note.selectFirst("div.note-room");
        if (label == null || room == null) {
            return;
        }
        String n = label.id().substring(NotesSection.LABEL_ID.length());
        String id = NOTE_FIELD_ID + n;
        label.tagName("label").attr("for", id);
        room.replaceWith(new Element("textarea")
                .attr("id", id)
                .attr("name", "note-" + n)
                .attr("rows", "3")
                .attr("placeholder", labels.web("notes.hint"))
                .attr("data-keep", ""));
    }

    /** What the page keeps, and the button that forgets it: shown by the script that keeps it. */
    private static void keeping(Element main, Labels labels, Guide guide) {
        if (guide.steps().isEmpty() && guide.meta().notes().isEmpty()) {
            return;
        }
        Element box = main.appendElement("div").addClass("keeping");
        box.appendElement("p").attr("id", "kept").attr("hidden", "").text(labels.web("kept"));
        box.appendElement("button")
                .attr("type", "button")
                .attr("id", "clear")
                .attr("hidden", "")
                .text(labels.web("clear"));
    }

    /** Links to the PDFs made beside the page: the large-print handout first, to print. */
    private static void others(Element body, Guide guide, Labels labels, Set<Edition> siblings) {
        if (Edition.pdfs(siblings).isEmpty()) {
            return;
        }
        Element nav = body.appendElement("footer").appendElement("nav").attr("aria-labelledby", "other-title");
        nav.appendElement("h2").attr("id", "other-title").text(labels.web("other"));
        Element list = nav.appendElement("ul");
        for (Edition e : Edition.pdfs(siblings)) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", e.fileName(guide.slug()))
                    .attr("type", "application/pdf")
                    .text(labels.web(e.name().toLowerCase(Locale.ROOT)));
        }
    }

    private static String resource(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("fiches/web/" + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
