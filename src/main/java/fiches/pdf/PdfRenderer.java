package fiches.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import fiches.guide.Guide;
import fiches.guide.Language;
import fiches.guide.Step;
import fiches.layout.GuideLayout;
import fiches.layout.LineBreaker;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.product.LanguageRules;
import fiches.product.TextDirection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.w3c.dom.Document;

/**
 * Renders a laid-out guide to PDF with openhtmltopdf in PDF/UA and PDF/A-2a mode, then
 * finishes it with PDFBox passes, in the order {@code docs/RENDERER.md} gives: the « (suite) »
 * reminders of steps that run on to another page, the QR codes, link descriptions, marked
 * content the readers can resolve and a reproducible date; then, for each edition in turn, its
 * document ID and its furniture: the printed step boxes and writing lines of the handout, or the
 * checkboxes and note fields of the accessible edition. When the first layout left a section
 * title alone at the foot of a page, the guide is laid out once more. It also renders a book's
 * cover and contents, which hold no guide, and can draw the first page of what it made (see
 * {@link FirstPage}). Thread-safe: each call builds its own renderer.
 */
public final class PdfRenderer {
    /** A checkbox's field name is this and the step's number; a book prefixes it with its guide's (see BookFields). */
    private static final String FIELD = "etape-";

    private static final Pattern TICKS = Pattern.compile("^" + GuideLayout.TICK_ID + "\\d+$");
    private static final Pattern STEPS = Pattern.compile("^" + GuideLayout.STEP_ID + "\\d+$");
    /** A guide's first page starts with its title, or with the desk's logo above it. */
    private static final Pattern TITLES =
            Pattern.compile("^(?:" + GuideLayout.TITLE_ID + "|" + GuideLayout.LOGO_ID + ")$");

    private final Resources resources;
    private final String producer;

    public PdfRenderer(Resources resources, String producer) {
        this.resources = resources;
        this.producer = producer;
    }

    /**
     * Renders one layout into the given editions. The layout is done once; the document is then
     * finished as each edition in turn: printed boxes for the handout, tagged checkboxes for the
     * accessible edition.
     *
     * @param fingerprints each edition's identity, from which its document ID is derived
     */
    public Map<Edition, byte[]> render(
            Guide guide, Set<Edition> editions, Document xhtml, Function<Edition, String> fingerprints)
            throws IOException {
        return render(guide, editions, xhtml, fingerprints, false).pdfs();
    }

    /**
     * Renders one layout into the given editions, as above.
     *
     * @param picture also draw the first page of the first edition (see {@link FirstPage}) from the
     *                document still open: reading the saved bytes back would cost as much again
     */
    public Rendered render(
            Guide guide, Set<Edition> editions, Document xhtml, Function<Edition, String> fingerprints, boolean picture)
            throws IOException {
        return render(
                new Contents(
                        Optional.of(guide),
                        guide.meta().lang(),
                        guide.meta().date().orElse(null)),
                editions,
                xhtml,
                fingerprints,
                picture);
    }

    /**
     * Renders a document that holds no guide, such as a book's cover and contents, finished as a
     * guide is apart from its steps: described links, a reproducible date.
     *
     * @param lang the document's language, whose line breaker the renderer uses
     * @param date the document's date, for its reproducible creation date; null for none
     */
    public byte[] render(Document xhtml, Language lang, LocalDate date) throws IOException {
        return render(new Contents(Optional.empty(), lang, date), EnumSet.of(Edition.HANDOUT), xhtml, e -> "", false)
                .pdfs()
                .get(Edition.HANDOUT);
    }

    /**
     * How many pages a document that holds no guide takes, laid out but neither painted nor saved:
     * about a third of the cost of making it.
     */
    public int pageCount(Document xhtml, Language lang) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = builder(new Contents(Optional.empty(), lang, null), xhtml, pdf);
            resources.fontCache().register(builder, pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                return renderer.getRootBox().getLayer().getPages().size();
            }
        }
    }

    /**
     * What a document holds: its guide, none for a book's cover and contents (a book binds each
     * guide's own PDF after them), its language and its date (null for none).
     */
    private record Contents(Optional<Guide> guide, Language lang, LocalDate date) {}

    /**
     * Renders, then finishes the document. When the pages left a section title alone at the foot
     * of one (see {@link StrandedHeadings}), which is rare, the document is made once more with
     * that step let break: where pages break is known only once they are made.
     */
    private Rendered render(
            Contents contents,
            Set<Edition> editions,
            Document xhtml,
            Function<Edition, String> fingerprints,
            boolean picture)
            throws IOException {
        for (boolean first = true; ; first = false) {
            try (PDDocument pdf = new PDDocument()) {
                PdfRendererBuilder builder = builder(contents, xhtml, pdf);
                DocumentFonts fonts = resources.fontCache().register(builder, pdf);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.layout();
                    renderer.createPDFKeepOpen();
                    if (first && StrandedHeadings.release(renderer, xhtml)) {
                        continue;
                    }
                    return finishAll(
                            contents, TextDirection.of(xhtml), editions, fingerprints, pdf, renderer, fonts, picture);
                }
            }
        }
    }

    private Rendered finishAll(
            Contents contents,
            TextDirection direction,
            Set<Edition> editions,
            Function<Edition, String> fingerprints,
            PDDocument pdf,
            PdfBoxRenderer renderer,
            DocumentFonts fonts,
            boolean picture)
            throws IOException {
        Map<String, PagePosition<Box>> ticks = BoxPositions.byId(renderer.findPagePositionsByID(TICKS));
        Map<String, PagePosition<Box>> sections = BoxPositions.byId(renderer.findPagePositionsByID(STEPS));
        Map<String, PagePosition<Box>> titles = BoxPositions.byId(renderer.findPagePositionsByID(TITLES));
        List<StepMark> marks = List.of();
        if (contents.guide().isPresent()) {
            Guide guide = contents.guide().get();
            marks = stepMarks(ticks, sections, pdf, guide, direction);
            reminders(new Positions(ticks, sections, titles), pdf, guide, marks, fonts, direction);
        }
        new QrFigures().draw(pdf, QrMark.find(renderer, pdf, direction), new Labels(contents.lang()));
        List<NoteMark> notes = NoteMark.find(renderer, pdf, contents.guide());
        new LinkAnnotations().describe(pdf);
        new MarkedContentInliner().inline(pdf);
        if (direction.isRightToLeft()) {
            new LogicalText(fonts).write(pdf);
        }
        new DocumentIdentity().date(pdf, contents.date());
        PrintPreferences.actualSize(pdf);
        // One document becomes each edition in turn: the handout's boxes are erased after
        // it is saved, so no copy of the document is saved and parsed again.
        Map<Edition, byte[]> pdfs = new EnumMap<>(Edition.class);
        Optional<FirstPage> first = Optional.empty();
        for (Edition edition : Edition.pdfs(editions)) {
            Finished finished =
                    finish(pdf, marks, notes, edition, fingerprints.apply(edition), picture && pdfs.isEmpty());
            pdfs.put(edition, finished.bytes());
            first = first.or(finished::firstPage);
        }
        Map<Edition, Integer> pages = new EnumMap<>(Edition.class);
        pdfs.keySet().forEach(e -> pages.put(e, pdf.getNumberOfPages()));
        return new Rendered(pdfs, pages, first);
    }

    /** An edition's bytes, and the picture of its first page when it was asked for. */
    private record Finished(byte[] bytes, Optional<FirstPage> firstPage) {}

    /**
     * What makes an edition: its step boxes, its room to write and its own ID; the handout's
     * boxes and lines are erased again.
     */
    private Finished finish(
            PDDocument pdf,
            List<StepMark> marks,
            List<NoteMark> notes,
            Edition edition,
            String fingerprint,
            boolean picture)
            throws IOException {
        new DocumentIdentity().id(pdf, fingerprint);
        if (edition == Edition.ACCESSIBLE) {
            // Last in the editions' order, so its fields never need removing.
            new CheckboxFields().add(pdf, marks);
            new NoteFields(resources.bodyFont()).add(pdf, notes);
            return saved(pdf, picture);
        }
        TickBoxes boxes = new TickBoxes();
        boxes.draw(pdf, marks);
        WritingLines lines = new WritingLines();
        lines.draw(pdf, notes);
        Finished handout = saved(pdf, picture);
        lines.erase();
        boxes.erase(); // last: it puts back the pages as they were before either
        return handout;
    }

    /** The document saved, and its first page drawn as it was saved, when asked for. */
    private static Finished saved(PDDocument pdf, boolean picture) throws IOException {
        byte[] bytes = save(pdf);
        return new Finished(bytes, picture ? firstPage(pdf) : Optional.empty());
    }

    private static Optional<FirstPage> firstPage(PDDocument pdf) {
        try {
            return Optional.of(FirstPage.of(pdf));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the catalogue draws it from the file instead, and says what fails there
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf.save(out);
        return out.toByteArray();
    }

    private PdfRendererBuilder builder(Contents contents, Document xhtml, PDDocument pdf) {
        Sandbox sandbox = Sandbox.forGuides(
                List.of(resources.styles(), resources.fonts()),
                contents.guide().stream().toList());
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        b.useColorProfile(resources.srgbProfile());
        b.withProducer(producer);
        b.usePDDocument(pdf);
        b.useUnicodeLineBreaker(new LineBreaker(LanguageRules.of(contents.lang())));
        if (TextDirection.of(xhtml).isRightToLeft()) {
            RightToLeft.use(b);
        }
        b.useUriResolver(sandbox);
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.useProtocolsStreamImplementation(sandbox, "file");
        b.useProtocolsStreamImplementation(Sandbox.refusing(), Sandbox.REFUSED_SCHEMES.toArray(String[]::new));
        b.useHttpStreamImplementation(Sandbox.refusing());
        b.withW3cDocument(
                xhtml,
                contents.guide()
                        .map(Guide::folder)
                        .orElse(resources.styles())
                        .toUri()
                        .toString());
        return b;
    }

    /** Pairs each step's reserved square with its page, rectangle and structure element. */
    private static List<StepMark> stepMarks(
            Map<String, PagePosition<Box>> ticks,
            Map<String, PagePosition<Box>> sections,
            PDDocument pdf,
            Guide guide,
            TextDirection direction) {
        Labels labels = new Labels(guide.meta().lang());
        List<StepMark> marks = new ArrayList<>();
        for (Step step : guide.steps()) {
            PagePosition<Box> tick = ticks.get(GuideLayout.TICK_ID + step.number());
            PagePosition<Box> section = sections.get(GuideLayout.STEP_ID + step.number());
            if (tick == null || section == null) {
                throw new IllegalStateException("step " + step.number() + " was not laid out");
            }
            // The checkbox is tagged beside the step title, in the group that holds the title.
            PDStructureElement title = PdfBoxAccessibilityHelper.getStructualElementForBox(tick.getElement());
            PDStructureElement element = title != null && title.getParent() instanceof PDStructureElement parent
                    ? parent
                    : PdfBoxAccessibilityHelper.getStructualElementForBox(section.getElement());
            PDRectangle rect = StepBox.besideFirstLine(tick, direction);
            marks.add(new StepMark(
                    step.number(),
                    FIELD + step.number(),
                    labels.stepHeading(step.number(), step.title()),
                    pdf.getPage(tick.getPageNo()),
                    rect,
                    element));
        }
        return marks;
    }

    /**
     * « Étape 3 (suite) » atop every page a step runs on to: the pages after its title's, up to
     * the last one its section reaches (the renderer gives a box's position on its last page).
     */
    private static void reminders(
            Positions positions,
            PDDocument pdf,
            Guide guide,
            List<StepMark> marks,
            DocumentFonts fonts,
            TextDirection direction)
            throws IOException {
        Map<String, PagePosition<Box>> sections = positions.sections();
        Labels labels = new Labels(guide.meta().lang());
        List<StepReminders.Reminder> reminders = new ArrayList<>();
        for (StepMark mark : marks) {
            int first =
                    positions.ticks().get(GuideLayout.TICK_ID + mark.number()).getPageNo();
            int last = sections.get(GuideLayout.STEP_ID + mark.number()).getPageNo();
            for (int page = first + 1; page <= last; page++) {
                reminders.add(new StepReminders.Reminder(pdf.getPage(page), labels.stepContinued(mark.number())));
            }
        }
        if (reminders.isEmpty()) {
            return;
        }
        PagePosition<Box> step = sections.get(GuideLayout.STEP_ID + marks.get(0).number());
        float size = BoxPositions.fontSize(step);
        new StepReminders(
                        fonts.bold(labels.font()),
                        size,
                        step.getX(),
                        step.getWidth(),
                        textTop(positions.titles(), pdf),
                        direction)
                .draw(pdf, reminders);
    }

    /** Where the step titles, steps and the guide's title (or logo) are, by id. */
    private record Positions(
            Map<String, PagePosition<Box>> ticks,
            Map<String, PagePosition<Box>> sections,
            Map<String, PagePosition<Box>> titles) {}

    /**
     * The top of the text area, in points from the top of the page: where the guide's first page
     * starts, with the desk's logo when there is one, else with the title.
     */
    private static float textTop(Map<String, PagePosition<Box>> titles, PDDocument pdf) {
        PagePosition<Box> top = titles.getOrDefault(GuideLayout.LOGO_ID, titles.get(GuideLayout.TITLE_ID));
        return pdf.getPage(top.getPageNo()).getMediaBox().getHeight() - (top.getY() + top.getHeight());
    }
}
