package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fiches.guide.Step;
import fiches.product.Edition;
import fiches.product.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages a low-vision reader can follow, for every guide at every print size: each step's box on
 * its title's page and level with it, no heading or step title ending a page, no page of one or
 * two lines, a step kept whole when it fits, and « Étape 3 (suite) » atop a page it runs on to.
 */
@Tag("integration")
class PageBreaksTest {
    private static final float MM = 72f / 25.4f;
    /** The page margins of the stylesheet: text lies between these, the footer below, the reminder above. */
    private static final float TOP = 22 * MM;

    private static final float BOTTOM = 30 * MM;
    private static final Pattern FOLIO = Pattern.compile(".*(page \\d+ (sur|of) \\d+)$");

    static Stream<EverySize.Sized> guides() {
        return EverySize.all();
    }

    static Stream<Arguments> guidesAndEditions() {
        return EverySize.all().flatMap(g -> Edition.pdfs().stream().map(e -> Arguments.of(g, e)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("guidesAndEditions")
    void everyStepBoxIsOnItsTitlesPageLevelWithItsFirstLine(EverySize.Sized g, Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<List<PageLines.Line>> pages = PageLines.of(doc);
            int boxes = 0;
            for (Step step : g.guide().steps()) {
                PageLines.Line title = stepTitle(g, pages, step)
                        .orElseThrow(() -> new AssertionError("no title line for step " + step.number()));
                PDPage page = doc.getPage(title.page() - 1);
                float height = page.getMediaBox().getHeight();
                List<double[]> onPage = boxes(page, edition);
                boolean level = onPage.stream()
                        .anyMatch(b -> b[1] <= height - title.top() + 2
                                && b[1] >= height - title.bottom() - 6
                                && b[0] < 40 * MM);
                assertTrue(
                        level,
                        "step " + step.number() + ": no box level with its title on page " + title.page()
                                + " (title at " + title.top() + "–" + title.bottom() + " pt from the top)");
            }
            for (PDPage page : doc.getPages()) {
                boxes += boxes(page, edition).size();
            }
            assertEquals(g.guide().steps().size(), boxes, "one box per step");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void noPageEndsWithAHeading(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<List<PageLines.Line>> pages = PageLines.of(doc);
            for (int i = 0; i < pages.size(); i++) {
                List<PageLines.Line> body =
                        body(pages.get(i), doc.getPage(i).getMediaBox().getHeight());
                PageLines.Line last = body.get(body.size() - 1);
                assertFalse(isHeading(g, last), "page " + (i + 1) + " ends with the heading « " + last.text() + " »");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyPageButTheLastHoldsThreeLinesOrMore(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<List<PageLines.Line>> pages = PageLines.of(doc);
            for (int i = 0; i < pages.size() - 1; i++) {
                List<PageLines.Line> body =
                        body(pages.get(i), doc.getPage(i).getMediaBox().getHeight());
                assertTrue(
                        body.size() >= 3,
                        "page " + (i + 1) + " holds only "
                                + body.stream().map(PageLines.Line::text).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("guidesAndEditions")
    void aStepThatRunsOnIsNamedAtTheTopOfEachPageItRunsOnTo(EverySize.Sized g, Edition edition) throws IOException {
        Labels labels = new Labels(g.guide().meta().lang());
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<List<PageLines.Line>> pages = PageLines.of(doc);
            Integer current = null;
            for (int i = 0; i < pages.size(); i++) {
                float height = doc.getPage(i).getMediaBox().getHeight();
                List<PageLines.Line> body = body(pages.get(i), height);
                Optional<PageLines.Line> reminder =
                        pages.get(i).stream().filter(l -> l.bottom() < TOP).findFirst();
                Integer runsOn = body.isEmpty() || isHeading(g, body.get(0)) ? null : current;
                if (runsOn == null) {
                    assertTrue(
                            reminder.isEmpty(),
                            "page " + (i + 1) + " says « "
                                    + reminder.map(PageLines.Line::text).orElse("") + " » but no step runs on to it");
                } else {
                    String expected = PdfText.normalize(labels.stepContinued(runsOn));
                    assertEquals(
                            expected,
                            reminder.map(PageLines.Line::text).orElse("(nothing)"),
                            "the top of page " + (i + 1));
                }
                for (PageLines.Line line : body) {
                    current = stepNumber(g, line).orElse(isSectionHeading(g, line) ? null : current);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theReminderIsNotReadAloud(EverySize.Sized g) throws IOException {
        Labels labels = new Labels(g.guide().meta().lang());
        String reminder = PdfText.normalize(labels.stepContinued(1)).replace("1", "");
        String word = reminder.substring(reminder.indexOf('('));
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (String tagged : TaggedText.mcidTexts(page).values()) {
                    assertFalse(tagged.contains(word), "tagged content « " + tagged + " »");
                }
            }
        }
    }

    /** The height of the section title above a section's first step, on the step's first page; 0 when none. */
    private static float titleAbove(
            fiches.guide.Guide guide, Step step, List<PageLines.Line> page, PageLines.Line stepTop) {
        for (fiches.guide.Section section : guide.sections()) {
            if (!section.steps().isEmpty()
                    && section.steps().get(0) == step
                    && section.blocks().isEmpty()
                    && !section.title().isEmpty()) {
                String title = PdfText.normalize(section.title());
                return page.stream()
                        .filter(l -> PdfText.normalize(l.text()).equals(title) && l.top() < stepTop.top())
                        .map(l -> stepTop.top() - l.top())
                        .findFirst()
                        .orElse(0f);
            }
        }
        return 0;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void aStepThatFitsOnAPageIsKeptWhole(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<List<PageLines.Line>> pages = PageLines.of(doc);
            float height = doc.getPage(0).getMediaBox().getHeight();
            float room = height - TOP - BOTTOM;
            for (Step step : g.guide().steps()) {
                List<PageLines.Line> lines = stepLines(g, pages, height, step);
                int first = lines.get(0).page();
                int last = lines.get(lines.size() - 1).page();
                if (first == last) {
                    continue;
                }
                float needed = 0;
                for (int p = first; p <= last; p++) {
                    int page = p;
                    List<PageLines.Line> on =
                            lines.stream().filter(l -> l.page() == page).toList();
                    float top = on.get(0).top();
                    float bottom = on.get(on.size() - 1).bottom();
                    List<float[]> painted = new ArrayList<>();
                    DrawnImages.on(doc.getPage(p - 1)).forEach(i -> painted.add(new float[] {i.top(), i.bottom()}));
                    painted.addAll(DrawnImages.paths(doc.getPage(p - 1)));
                    for (float[] item : painted) {
                        // A picture or a table rule of the step: below its title on its first page, in the
                        // text area, and above its last line on its last page.
                        boolean below = p == first ? item[0] >= top - 1 : item[0] >= TOP - 1;
                        boolean inText = item[1] <= height - BOTTOM;
                        boolean above = p < last || item[1] <= bottom + 1;
                        if (below && inText && above) {
                            top = Math.min(top, item[0]);
                            bottom = Math.max(bottom, item[1]);
                        }
                    }
                    needed += bottom - top;
                }
                // A first step kept with its section title needs room for the title too: when the
                // two are taller than a page, the step breaks rather than leave the title alone.
                float title = titleAbove(g.guide(), step, pages.get(first - 1), lines.get(0));
                needed += title;
                // Lines split over pages lose the space between them: allow a tenth of a page for it,
                // and a fifth with a section title, whose margins and the step's add to the group.
                assertTrue(
                        needed > room * (title > 0 ? 0.8 : 0.9),
                        "step " + step.number() + " needs " + needed + " pt of " + room + " but is split over pages "
                                + first + "–" + last);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void aShortListUnderASectionTitleStaysOnOnePageWithIt(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<PageLines.Line> lines = new ArrayList<>();
            for (List<PageLines.Line> page : PageLines.of(doc)) {
                lines.addAll(body(page, doc.getPage(0).getMediaBox().getHeight()));
            }
            for (fiches.guide.Section section : g.guide().sections()) {
                if (section.blocks().size() != 1
                        || !(section.blocks().get(0) instanceof fiches.guide.Block.ListBlock list)
                        || !fiches.layout.ShortList.is(list)) {
                    continue;
                }
                String title = PdfText.normalize(section.title());
                int at = indexOfHeading(g, lines, title.substring(0, Math.min(12, title.length())));
                int page = lines.get(at).page();
                for (int i = at + 1; i < lines.size() && !isHeading(g, lines.get(i)); i++) {
                    assertEquals(
                            page,
                            lines.get(i).page(),
                            "« " + lines.get(i).text() + " » of the list under « " + title + " »");
                }
            }
        }
    }

    private static int indexOfHeading(EverySize.Sized g, List<PageLines.Line> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (isSectionHeading(g, lines.get(i)) && lines.get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no section title « " + start + " »");
    }

    /** Every line of a step, from its title to the next step or section. */
    private static List<PageLines.Line> stepLines(
            EverySize.Sized g, List<List<PageLines.Line>> pages, float height, Step step) {
        List<PageLines.Line> lines = new ArrayList<>();
        boolean in = false;
        for (List<PageLines.Line> page : pages) {
            for (PageLines.Line line : body(page, height)) {
                Optional<Integer> n = stepNumber(g, line);
                if (n.isPresent() || isSectionHeading(g, line)) {
                    if (in) {
                        return lines;
                    }
                    in = n.isPresent() && n.get() == step.number();
                }
                if (in) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            fail("step " + step.number() + " not found");
        }
        return lines;
    }

    private static Optional<PageLines.Line> stepTitle(EverySize.Sized g, List<List<PageLines.Line>> pages, Step step) {
        return pages.stream()
                .flatMap(List::stream)
                .filter(l -> stepNumber(g, l).filter(n -> n == step.number()).isPresent())
                .findFirst();
    }

    /** The number of the step whose title this line starts, if it does. */
    private static Optional<Integer> stepNumber(EverySize.Sized g, PageLines.Line line) {
        if (!isHeading(g, line)) {
            return Optional.empty();
        }
        Labels labels = new Labels(g.guide().meta().lang());
        return g.guide().steps().stream()
                .map(Step::number)
                .filter(n -> line.text()
                        .startsWith(PdfText.normalize(labels.stepHeading(n, "")).strip()))
                .findFirst();
    }

    private static boolean isHeading(EverySize.Sized g, PageLines.Line line) {
        return line.size() >= g.bodySize() * 1.08;
    }

    private static boolean isSectionHeading(EverySize.Sized g, PageLines.Line line) {
        return line.size() >= g.bodySize() * 1.4;
    }

    /** The lines of the text area: neither the footer below it nor the reminder above it. */
    private static List<PageLines.Line> body(List<PageLines.Line> lines, float height) {
        return lines.stream()
                .filter(l -> l.bottom() >= TOP && l.top() < height - BOTTOM)
                .filter(l -> !FOLIO.matcher(l.text()).matches())
                .toList();
    }

    /** The centres of the step boxes of a page: printed squares, or checkbox widgets. */
    private static List<double[]> boxes(PDPage page, Edition edition) throws IOException {
        if (edition == Edition.HANDOUT) {
            return PathShapes.squares(page).stream()
                    .filter(s -> s.sideMm() >= 9 && s.sideMm() <= 12)
                    .map(s -> new double[] {s.centreX(), s.centreY()})
                    .toList();
        }
        List<double[]> centres = new ArrayList<>();
        for (var a : page.getAnnotations()) {
            // The step checkboxes only: the notes' text fields are widgets too (see NotesTest).
            if (a instanceof PDAnnotationWidget && "Btn".equals(a.getCOSObject().getNameAsString(COSName.FT))) {
                PDRectangle r = a.getRectangle();
                centres.add(new double[] {r.getLowerLeftX() + r.getWidth() / 2, r.getLowerLeftY() + r.getHeight() / 2});
            }
        }
        return centres;
    }
}
