package fiches.layout;

import fiches.guide.Block;
import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.guide.Metadata;
import fiches.guide.Section;
import fiches.guide.SiteProfile;
import fiches.guide.Step;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.product.LanguageRules;
import fiches.product.TextDirection;
import fiches.product.TextWidths;
import fiches.product.Typography;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays a guide out as an XHTML document for one edition: title block, sections, steps with
 * the place of their tick box, questions, running footer and bookmarks.
 */
public final class GuideLayout {
    /** The id of the guide's title, where its first page starts when there is no logo above it. */
    public static final String TITLE_ID = "title";
    /** Ids the PDF stage looks for: the reserved square of each step's box, and its section. */
    public static final String TICK_ID = "tick-";

    public static final String STEP_ID = "step-";
    /** The side of a step's box, in millimetres: large enough to tick with a pen. */
    public static final float BOX_SIDE_MM = 10f;
    /** The room the box takes at the left of the step title: the box and a gap before the words. */
    public static final float BOX_ROOM_MM = 14f;
    /** The id of a section title grouped with its first step, whose number follows. */
    public static final String OPENS_STEP_ID = "opens-step-";
    /** The class that lets a step break between its blocks. */
    public static final String BREAKABLE = "breakable";
    /** The id of the desk's logo atop page 1, when a site profile gives one. */
    public static final String LOGO_ID = ProfileLayout.LOGO_ID;
    /** The id prefix of a QR code's placeholder; its address is in the attribute {@link #QR_ADDRESS}. */
    public static final String QR_ID = "qr-";

    public static final String QR_ADDRESS = QrPlaces.ADDRESS;

    /** The body text's family, as the stylesheet names it first. */
    public static final String BODY_FAMILY = "Atkinson Hyperlegible Next";
    /**
     * What follows a language's own family in its font-family list: the body's family for the
     * Latin words inside its text, then Noto Sans and DejaVu Sans for what neither has.
     */
    static final String FALLBACK_FAMILIES = "\"Atkinson Hyperlegible Next\", \"Noto Sans\", \"DejaVu Sans\"";

    /** The deepest indent of a line of text: a nested list item, or a help box's frame and padding. */
    private static final double GLUE_INDENT_MM = 30;

    private final String stylesheet;
    private final TextWidths widths;
    private final float bodySize;
    private final Paper paper;
    /** The body size of a guide printed in another family than the body's, by family. */
    private final Map<String, Float> familySizes;

    /** A layout on A4, every guide in the body's family. */
    public GuideLayout(String stylesheet, TextWidths widths, float bodySize) {
        this(stylesheet, widths, bodySize, Map.of(), Paper.A4);
    }

    /**
     * @param stylesheet the CSS of the edition and print size, shared by every guide; the paper's
     *                   {@link Paper#pageRule} is added after it
     * @param widths     the fonts' widths, to decide what fits a line before rendering
     * @param bodySize   the body text's size in points, which the stylesheet sets
     * @param paper      the sheet the guides are printed on: its text column is what lines, tables,
     *                   pictures and the footer must fit
     */
    public GuideLayout(String stylesheet, TextWidths widths, float bodySize, Paper paper) {
        this(stylesheet, widths, bodySize, Map.of(), paper);
    }

    /**
     * @param familySizes the body size of each family a language may name as its font
     *                    ({@code language.font}), at the same print size: Arabic letters stand
     *                    lower than Latin ones, so an Arabic guide's body is set larger
     */
    public GuideLayout(
            String stylesheet, TextWidths widths, float bodySize, Map<String, Float> familySizes, Paper paper) {
        this.stylesheet = stylesheet + "\n" + paper.pageRule();
        this.widths = widths;
        this.bodySize = bodySize;
        this.familySizes = Map.copyOf(familySizes);
        this.paper = paper;
    }

    /** The sheet this layout prints on. */
    public Paper paper() {
        return paper;
    }

    /** How a guide's text is printed: its family, its body size, and the widths layout measures with. */
    private record Script(String family, float size, TextWidths widths, TextDirection direction) {
        /** Whether the stylesheet's own family and size serve: every Latin guide, whose PDFs stay as they were. */
        boolean isTheBody() {
            return family.equals(BODY_FAMILY);
        }
    }

    private Script script(Metadata meta) {
        String family = new Labels(meta.lang()).font();
        return new Script(
                family,
                familySizes.getOrDefault(family, bodySize),
                widths.in(family),
                LanguageRules.of(meta.lang()).direction());
    }

    /**
     * Whether the two editions need two layouts. Only images make them differ: the handout
     * prints each image's description under it, for a reader who cannot make out a screenshot,
     * while the accessible edition gives it to screen readers once, as the image's alternative.
     */
    public static boolean editionsDiffer(Guide guide) {
        boolean[] hasImage = {false};
        Inlines.forEach(guide.sections(), i -> hasImage[0] |= i instanceof Inline.Image);
        return hasImage[0];
    }

    public Document layout(Guide guide, Edition edition) {
        return layout(guide, edition, Optional.empty());
    }

    /** @param profile the desk's profile: its logo opens page 1, its contacts end the guide */
    public Document layout(Guide guide, Edition edition, Optional<SiteProfile> profile) {
        return layout(guide, edition, profile, Edition.ACCESSIBLE);
    }

    /**
     * @param online the edition page 1's QR code leads to once the folder is published: the web
     *               edition when the run makes it, the phone's best reader, else the accessible PDF
     */
    public Document layout(Guide guide, Edition edition, Optional<SiteProfile> profile, Edition online) {
        Xhtml x = new Xhtml();
        Element html = x.element("html");
        html.setAttribute("lang", guide.meta().lang().tag());
        Script script = script(guide.meta());
        if (script.direction().isRightToLeft()) {
            // The renderer orders the text by the bidi algorithm from this base direction; the
            // stylesheet mirrors the page under it; the PDF stage reads it (TextDirection.of(Document)).
            html.setAttribute("dir", script.direction().html());
        }
        x.document().appendChild(html);
        head(x, x.add(html, "head"), guide);
        Element body = x.add(html, "body");
        if (!script.isTheBody()) {
            // The language's own letters first, then the body's family for the Latin words inside
            // them, at the size that makes the language's letters as tall as the body's.
            // On the body itself: the stylesheet's « html, body » rule names the Latin family, and a
            // family set on <html> alone is overridden there.
            body.setAttribute(
                    "style",
                    String.format(
                            Locale.ROOT,
                            "font-family: \"%s\", %s; font-size: %.1fpt",
                            script.family(),
                            FALLBACK_FAMILIES,
                            script.size()));
        }
        body(x, body, guide, edition, profile, script, online);
        return x.document();
    }

    /**
     * Writes the guide into the body: its running footer, the desk's logo, title block, sections,
     * questions, room to write and the desk's help box. A document holds one guide, so its ids
     * are the PDF stage's names as they are.
     */
    private void body(
            Xhtml x,
            Element body,
            Guide guide,
            Edition edition,
            Optional<SiteProfile> profile,
            Script script,
            Edition online) {
        Metadata meta = guide.meta();
        Labels labels = new Labels(meta.lang());
        Typography typography = new Typography(meta.lang());
        boolean captions = edition == Edition.HANDOUT;
        // Headings of the body continue the outline: below a section (h2) or below a step (h3).
        TableFit tables = new TableFit(script.widths(), script.size(), typography, paper);
        QrPlaces qr = new QrPlaces(x, labels);
        BlockWriter sectionWriter = new BlockWriter(x, typography, labels, captions, guide, 3, tables, qr, paper);
        BlockWriter stepWriter = new BlockWriter(x, typography, labels, captions, guide, 4, tables, qr, paper);
        footer(x, body, new FooterTitle(script.widths(), script.size(), labels, paper).fit(meta.title()), labels);
        ProfileLayout desk = new ProfileLayout(x, labels, typography);
        profile.flatMap(SiteProfile::logo).ifPresent(logo -> desk.logo(body, logo));
        titleBlock(x, body, meta, labels, typography);
        profile.flatMap(p -> p.onlineAddress(online.fileName(guide.slug())))
                .ifPresent(address -> qr.online(body, address));
        for (Section section : guide.sections()) {
            section(x, body, section, sectionWriter, stepWriter, labels, typography);
        }
        faq(x, body, guide, labels, typography);
        // After every section: room to write between two sections would leave a page with a label
        // and its lines only. The desk's help box closes the guide.
        NotesSection.write(x, body, meta.notes(), labels, typography);
        profile.ifPresent(p -> desk.helpBox(body, p));
        if (!script.direction().isRightToLeft()) {
            // Not in right-to-left text: the renderer lays an inline-block's words out in the
            // wrong order when it holds a left-to-right run inside a right-to-left line
            // (« **Se connecter**. » printed « .connecterSe »), which is worse than the line break
            // at a boundary that the glue prevents.
            new InlineGlue(x, new LineBreaker(labels.rules()), script.widths(), widestGlueEm(script.size()))
                    .apply(body);
        }
    }

    /**
     * The widest group of words kept on one line, in em of the body: the text column less the
     * deepest indent a paragraph gets (a list item in a help box), so that it fits any line.
     */
    private float widestGlueEm(float size) {
        return (float) ((paper.columnMm() - GLUE_INDENT_MM) * 72 / 25.4 / size);
    }

    /** The stylesheet of the edition and print size. */
    String stylesheet() {
        return stylesheet;
    }

    private void head(Xhtml x, Element head, Guide guide) {
        x.addText(head, "title", guide.meta().title());
        guide.meta().description().ifPresent(d -> meta(x, head, "subject", d));
        meta(x, head, "generator", "Fiches");
        x.addText(head, "style", stylesheet);
        Bookmarks.write(x, head, guide, new Labels(guide.meta().lang()));
    }

    static void meta(Xhtml x, Element head, String name, String content) {
        Element m = x.add(head, "meta");
        m.setAttribute("name", name);
        m.setAttribute("content", content);
    }

    /** A running element: the CSS moves it into every page's bottom margin, on one line. */
    static void footer(Xhtml x, Element body, FooterTitle.Fit title, Labels labels) {
        Element footer = x.add(body, "div", "footer");
        if (labels.rules().direction().isRightToLeft()) {
            rightToLeftFooter(x, footer, title.title(), labels);
            return;
        }
        // The short folio, « 3 / 7 », opens with the stylesheet's own space after the dash.
        x.text(
                footer,
                title.shortFolio()
                        ? labels.footerTitle(title.title()).stripTrailing()
                        : labels.footerTitle(title.title()));
        // One generated run, joined by no-break spaces, so « page 3 sur 7 » never splits.
        Element folio = x.add(footer, "span", "folio");
        folio.setAttribute("data-page", title.shortFolio() ? "" : labels.footerPage());
        folio.setAttribute("data-of", title.shortFolio() ? FooterTitle.SHORT_OF : labels.footerOf());
    }

    /**
     * The footer of a right-to-left guide, « كيف تستخدم… — صفحة 2 من 5 » read from the right. The
     * renderer places a right-to-left line of a page's margin box from the box's left edge,
     * running off the paper; it neither shapes nor orders generated text; and it lays the texts
     * of a line out in their order in the document, reversing each right-to-left one by itself.
     * So the footer's line is left to right, as wide as the text column and aligned right, and
     * holds its pieces in the order they are seen from the left: the page count, « من », the
     * page number, « صفحة », then the title with its dash (one right-to-left text). The words are
     * text; only the numbers are generated.
     */
    private static void rightToLeftFooter(Xhtml x, Element footer, String title, Labels labels) {
        footer.setAttribute("dir", TextDirection.LTR.html());
        x.add(footer, "span", "page-count");
        // Each space a text of its own: the renderer moves the spaces at the ends of a
        // right-to-left text to its one side.
        x.text(footer, " ");
        x.add(footer, "span").appendChild(x.document().createTextNode(labels.footerOf()));
        x.text(footer, " ");
        x.add(footer, "span", "page-number");
        x.text(footer, " ");
        x.add(footer, "span").appendChild(x.document().createTextNode(labels.footerPage()));
        x.text(footer, " ");
        Element words = x.add(footer, "span", "footer-title");
        words.setAttribute("dir", TextDirection.RTL.html());
        x.text(words, labels.footerTitle(title).strip());
    }

    private static void titleBlock(Xhtml x, Element body, Metadata meta, Labels labels, Typography t) {
        Element h1 = x.addText(body, "h1", t.apply(meta.title()));
        h1.setAttribute("id", TITLE_ID);
        meta.description().ifPresent(d -> x.addText(body, "p", t.apply(d)).setAttribute("class", "description"));
        Element facts = x.add(body, "ul", "facts");
        meta.difficulty().ifPresent(d -> x.addText(facts, "li", labels.difficulty(d)));
        meta.platform().ifPresent(p -> x.addText(facts, "li", labels.platform(p)));
        meta.category().ifPresent(c -> x.addText(facts, "li", labels.category(c)));
        meta.date().ifPresent(d -> x.addText(facts, "li", labels.updated(d)));
        if (!facts.hasChildNodes()) {
            body.removeChild(facts);
        }
    }

    private static void section(
            Xhtml x,
            Element body,
            Section section,
            BlockWriter writer,
            BlockWriter stepWriter,
            Labels labels,
            Typography t) {
        Element sect = x.add(body, "section");
        if (labels.rules().isStepsTitle(section.title())) {
            sect.setAttribute("id", "steps");
            sect.setAttribute("class", "steps");
        } else if (labels.rules().isHelpTitle(section.title())) {
            sect.setAttribute("class", "help-box");
        }
        // The section title is kept on one page with what follows it when that cannot break: a list,
        // a picture, a table, else its first step. A paragraph breaks between lines and needs no group:
        // the stylesheet only asks for room for a few of its lines under the title.
        List<Block> blocks = section.blocks();
        boolean grouped = !section.title().isEmpty()
                && !(blocks.isEmpty() ? section.steps().isEmpty() : blocks.get(0) instanceof Block.Paragraph);
        Element keep = grouped ? x.add(sect, "div", "heading-group") : sect;
        if (!section.title().isEmpty()) {
            Element h2 = x.addText(keep, "h2", t.apply(section.title()));
            if (grouped && blocks.isEmpty()) {
                // The PDF stage compares its page with its first step's (see fiches.pdf.StrandedHeadings).
                h2.setAttribute("id", OPENS_STEP_ID + section.steps().get(0).number());
            }
        }
        writer.groupedBlocks(keep, sect, blocks.subList(0, Math.min(1, blocks.size())));
        writer.blocks(sect, blocks.subList(Math.min(1, blocks.size()), blocks.size()));
        for (Step step : section.steps()) {
            step(x, step == section.steps().get(0) && blocks.isEmpty() ? keep : sect, step, stepWriter, labels, t);
        }
    }

    private static void step(Xhtml x, Element parent, Step step, BlockWriter writer, Labels labels, Typography t) {
        Element sect = x.add(parent, "section", "step");
        sect.setAttribute("id", STEP_ID + step.number());
        // The title and the step's first block are kept on one page, so a title never ends one.
        Element head = x.add(sect, "div", "step-head");
        // The box is drawn beside the title's first line, in its left padding, once the pages
        // are made: an element of its own could be parted from the title by a page break.
        Element title = x.addText(head, "h3", t.apply(labels.stepHeading(step.number(), step.title())));
        title.setAttribute("class", "step-title");
        // The box is drawn there once the pages are made (fiches.pdf.StepBox), with the same side,
        // at the side the lines start on: the right of a right-to-left page.
        title.setAttribute(
                "style",
                String.format(
                        Locale.ROOT,
                        "padding-%s: %.1fmm; min-height: %.1fmm",
                        labels.rules().direction().start().css(),
                        BOX_ROOM_MM,
                        BOX_SIDE_MM));
        title.setAttribute("id", TICK_ID + step.number());
        List<Block> body = step.body();
        writer.groupedBlocks(head, sect, body.subList(0, Math.min(1, body.size())));
        writer.blocks(sect, body.subList(Math.min(1, body.size()), body.size()));
    }

    private static void faq(Xhtml x, Element body, Guide guide, Labels labels, Typography t) {
        if (guide.faq().isEmpty()) {
            return;
        }
        Element sect = x.add(body, "section", "faq");
        sect.setAttribute("id", "faq");
        Element keep = x.add(sect, "div", "heading-group");
        x.addText(keep, "h2", labels.faqTitle());
        for (FaqEntry entry : guide.faq()) {
            Element qa = x.add(entry == guide.faq().get(0) ? keep : sect, "div", "question");
            x.addText(qa, "h3", t.apply(entry.question()));
            x.addText(qa, "p", t.apply(entry.answer()));
        }
    }
}
