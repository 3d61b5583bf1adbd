package fiches.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.layout.Edition;
import fiches.layout.GuideLayout;
import fiches.layout.Labels;
import fiches.layout.LineBreaker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.w3c.dom.Document;

/**
 * Renders a laid-out guide to PDF with openhtmltopdf in PDF/UA and PDF/A-2a mode, then
 * finishes it with PDFBox: the step boxes (printed or interactive), link descriptions and a
 * reproducible identity. Thread-safe: each call builds its own renderer.
 */
public final class PdfRenderer {
    private static final Pattern TICKS = Pattern.compile("^" + GuideLayout.TICK_ID + "\\d+$");
    private static final Pattern STEPS = Pattern.compile("^" + GuideLayout.STEP_ID + "\\d+$");
    private static final Pattern FIRST_ON_PAGE_ONE = Pattern.compile("^(title|" + GuideLayout.LOGO_ID + ")$");

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
    public Map<Edition, byte[]> render(Guide guide, Set<Edition> editions, Document xhtml,
                                       Function<Edition, String> fingerprints) throws IOException {
        return render(guide, editions, xhtml, fingerprints, false).pdfs();
    }

    /**
     * Renders one layout into the given editions, as above.
     *
     * @param picture also draw the first page of the first edition (see {@link FirstPage}) from the
     *                document still open: reading the saved bytes back would cost as much again
     */
    public Rendered render(Guide guide, Set<Edition> editions, Document xhtml, Function<Edition, String> fingerprints,
                           boolean picture) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = builder(guide, xhtml, pdf);
            DocumentFonts fonts = resources.fontCache().register(builder, pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFKeepOpen();
                return finishAll(guide, editions, fingerprints, pdf, renderer, fonts, picture);
            }
        }
    }

    private Rendered finishAll(Guide guide, Set<Edition> editions, Function<Edition, String> fingerprints,
                               PDDocument pdf, PdfBoxRenderer renderer, DocumentFonts fonts, boolean picture)
            throws IOException {
        List<StepMark> marks = stepMarks(renderer, pdf, guide);
        reminders(renderer, pdf, guide, marks, fonts);
        new QrFigures().draw(pdf, QrMark.find(renderer, pdf), new Labels(guide.meta().lang()));
        List<NoteMark> notes = NoteMark.find(renderer, pdf, guide.meta().notes());
        new LinkAnnotations().describe(pdf);
        new MarkedContentInliner().inline(pdf);
        new DocumentIdentity().date(pdf, guide.meta().date().orElse(null));
        // One document becomes each edition in turn: the handout's boxes are erased after
        // it is saved, so no copy of the document is saved and parsed again.
        Map<Edition, byte[]> pdfs = new EnumMap<>(Edition.class);
        Optional<FirstPage> first = Optional.empty();
        for (Edition edition : EnumSet.copyOf(editions)) {
            Finished finished = finish(pdf, marks, notes, edition, fingerprints.apply(edition), picture && pdfs.isEmpty());
            pdfs.put(edition, finished.bytes());
            first = first.or(finished::firstPage);
        }
        return new Rendered(pdfs, first);
    }

    /** An edition's bytes, and the picture of its first page when it was asked for. */
    private record Finished(byte[] bytes, Optional<FirstPage> firstPage) {
    }

    /**
     * What makes an edition: its step boxes, its room to write and its own ID; the handout's
     * boxes and lines are erased again.
     */
    private Finished finish(PDDocument pdf, List<StepMark> marks, List<NoteMark> notes, Edition edition,
                            String fingerprint, boolean picture) throws IOException {
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

    private PdfRendererBuilder builder(Guide guide, Document xhtml, PDDocument pdf) {
        Sandbox sandbox = new Sandbox(List.of(resources.styles(), resources.fonts()), guide.folder(), guide.images());
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        b.useColorProfile(resources.srgbProfile());
        b.withProducer(producer);
        b.usePDDocument(pdf);
        b.useUnicodeLineBreaker(new LineBreaker(guide.meta().lang().locale()));
        b.useUriResolver(sandbox);
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.useProtocolsStreamImplementation(sandbox, "file");
        b.useProtocolsStreamImplementation(Sandbox.refusing(), Sandbox.REFUSED_SCHEMES.toArray(String[]::new));
        b.useHttpStreamImplementation(Sandbox.refusing());
        b.withW3cDocument(xhtml, guide.folder().toUri().toString());
        return b;
    }

    /** Pairs each step's reserved square with its page, rectangle and structure element. */
    private static List<StepMark> stepMarks(PdfBoxRenderer renderer, PDDocument pdf, Guide guide) {
        Map<String, PagePosition<Box>> ticks = byId(renderer.findPagePositionsByID(TICKS));
        Map<String, PagePosition<Box>> sections = byId(renderer.findPagePositionsByID(STEPS));
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
                    ? parent : PdfBoxAccessibilityHelper.getStructualElementForBox(section.getElement());
            PDRectangle rect = StepBox.besideFirstLine(tick);
            marks.add(new StepMark(step.number(), labels.stepHeading(step.number(), step.title()),
                    pdf.getPage(tick.getPageNo()), rect, element));
        }
        return marks;
    }

    /**
     * « Étape 3 (suite) » atop every page a step runs on to: the pages after its title's, up to
     * the last one its section reaches (the renderer gives a box's position on its last page).
     */
    private static void reminders(PdfBoxRenderer renderer, PDDocument pdf, Guide guide, List<StepMark> marks,
                                  DocumentFonts fonts) throws IOException {
        Map<String, PagePosition<Box>> sections = byId(renderer.findPagePositionsByID(STEPS));
        Labels labels = new Labels(guide.meta().lang());
        List<StepReminders.Reminder> reminders = new ArrayList<>();
        for (StepMark mark : marks) {
            int first = pdf.getPages().indexOf(mark.page());
            int last = sections.get(GuideLayout.STEP_ID + mark.number()).getPageNo();
            for (int page = first + 1; page <= last; page++) {
                reminders.add(new StepReminders.Reminder(pdf.getPage(page), labels.stepContinued(mark.number())));
            }
        }
        if (reminders.isEmpty()) {
            return;
        }
        PagePosition<Box> step = sections.values().iterator().next();
        // workaround: the renderer exposes no font size in points; the box's style keeps the
        // size it was laid out with, in the renderer's dots.
        float pointsPerDot = step.getWidth() / step.getElement().getWidth();
        float size = step.getElement().getStyle().getFont(null).size * pointsPerDot;
        new StepReminders(fonts, size, step.getX(), textTop(renderer, pdf)).draw(pdf, reminders);
    }

    /**
     * The top of the text area, in points from the top of the page: where page 1 starts, with the
     * desk's logo when there is one, else with the title.
     */
    private static float textTop(PdfBoxRenderer renderer, PDDocument pdf) {
        List<PagePosition<Box>> first = renderer.findPagePositionsByID(FIRST_ON_PAGE_ONE);
        PagePosition<Box> top = first.stream().max(java.util.Comparator.comparing(p -> p.getY() + p.getHeight()))
                .orElseThrow(() -> new IllegalStateException("the title was not laid out"));
        return pdf.getPage(top.getPageNo()).getMediaBox().getHeight() - (top.getY() + top.getHeight());
    }

    private static Map<String, PagePosition<Box>> byId(List<PagePosition<Box>> positions) {
        Map<String, PagePosition<Box>> map = new HashMap<>();
        positions.forEach(p -> map.putIfAbsent(p.getId(), p));
        return map;
    }
}
