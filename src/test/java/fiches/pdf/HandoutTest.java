package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Guide;
import fiches.guide.GuideVisitor;
import fiches.guide.GuideWalker;
import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.guide.LinkScheme;
import fiches.guide.Step;
import fiches.product.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The large-print rules of the handout, measured in the PDF of every guide. */
class HandoutTest {

    static Stream<RenderedGuides.Rendered> guides() {
        return RenderedGuides.all();
    }

    private static PDDocument open(RenderedGuides.Rendered g) throws IOException {
        return Loader.loadPDF(g.handout().toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyGlyphIsAtLeast18Points(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<PdfText.Glyph> glyphs = PdfText.glyphs(doc);
            PdfText.Glyph smallest = glyphs.stream()
                    .filter(x -> !x.text().isBlank())
                    .min((a, b) -> Float.compare(a.size(), b.size()))
                    .orElseThrow();
            assertTrue(
                    smallest.size() >= 17.99f,
                    "smallest glyph '" + smallest.text() + "' on page " + smallest.page() + " is " + smallest.size()
                            + " pt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void isA4Portrait(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            for (PDPage page : doc.getPages()) {
                assertEquals(595.3, page.getMediaBox().getWidth(), 0.5);
                assertEquals(841.9, page.getMediaBox().getHeight(), 0.5);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyFontIsEmbeddedAndNoneIsItalic(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts, new HashSet<>());
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                PDFontDescriptor d = font.getFontDescriptor();
                assertFalse(font.getName().matches("(?i).*(italic|oblique).*"), font.getName() + " is italic");
                assertTrue(d == null || (!d.isItalic() && d.getItalicAngle() == 0), font.getName() + " is italic");
            }
        }
    }

    private static void collectFonts(PDResources res, List<PDFont> fonts, Set<COSName> seen) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            fonts.add(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(name)) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void hasOnePrintedTickBoxPerStep(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<PathShapes.Square> boxes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PathShapes.squares(page).stream()
                        .filter(s -> s.sideMm() >= 9 && s.sideMm() <= 12)
                        .forEach(boxes::add);
            }
            assertEquals(g.guide().meta().steps(), boxes.size(), "tick boxes of 9 to 12 mm");
            boxes.forEach(b -> assertTrue(b.lineWidth() >= 1.5f, "box line of " + b.lineWidth() + " pt"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void isPaperOnlyWithNoFormOrWidget(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            assertNull(doc.getDocumentCatalog().getAcroForm(null), "a form in the handout");
            for (PDPage page : doc.getPages()) {
                assertTrue(
                        page.getAnnotations().stream().noneMatch(a -> a instanceof PDAnnotationWidget),
                        "a widget in the handout");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void showsEveryStepTitleInOrder(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            String text = PdfText.normalize(String.join("\n", PdfText.pages(doc)));
            int from = 0;
            for (String heading : stepHeadings(g.guide())) {
                int at = text.indexOf(heading, from);
                assertTrue(at >= 0, "'" + heading + "' not found after position " + from);
                from = at + heading.length();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void hasTitleAndLanguage(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            assertEquals(g.guide().meta().title(), doc.getDocumentInformation().getTitle());
            assertEquals(g.guide().meta().lang().tag(), doc.getDocumentCatalog().getLanguage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void dropsNoCharacterOfTheGuide(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            String text = String.join("", PdfText.pages(doc));
            Set<Integer> missing = new java.util.TreeSet<>();
            GuideText.of(g.guide())
                    .codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .filter(c -> text.indexOf(c) < 0)
                    .forEach(missing::add);
            assertEquals(
                    Set.of(),
                    missing,
                    "characters missing: "
                            + missing.stream().map(Character::toString).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void neverEndsALineWithAnApostrophe(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            for (String page : PdfText.pages(doc)) {
                for (String line : page.split("\\R")) {
                    assertFalse(line.stripTrailing().matches(".*\\p{L}['’]$"), "line ends with an apostrophe: " + line);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void neverEndsAPageWithAStepTitle(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<String> pages = PdfText.pages(doc);
            for (int i = 0; i < pages.size(); i++) {
                String body = beforeFooter(g.guide(), PdfText.normalize(pages.get(i)), i + 1, pages.size());
                for (String heading : stepHeadings(g.guide())) {
                    assertFalse(body.endsWith(heading), "page " + (i + 1) + " ends with '" + heading + "'");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void printsTheFooterOnEveryPage(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<String> pages = PdfText.pages(doc);
            for (int i = 0; i < pages.size(); i++) {
                beforeFooter(g.guide(), PdfText.normalize(pages.get(i)), i + 1, pages.size());
            }
        }
    }

    /** The sample guides, and a guide whose links are e-mail addresses and telephone numbers too. */
    static Stream<RenderedGuides.Rendered> guidesWithLinks() {
        return Stream.concat(RenderedGuides.all(), Stream.of(RenderedGuides.get(LINKS)));
    }

    static final Path LINKS = Path.of("src", "test", "resources", "links", "courriel-et-telephone.md");

    @ParameterizedTest(name = "{0}")
    @MethodSource("guidesWithLinks")
    void printsTheAddressOfEveryLink(RenderedGuides.Rendered g) throws IOException {
        List<String> urls = new ArrayList<>();
        GuideWalker.walk(g.guide().sections(), new GuideVisitor() {
            @Override
            public void link(Inline.Link link) {
                urls.add(link.url());
                GuideVisitor.super.link(link);
            }
        });
        try (PDDocument doc = open(g)) {
            String text =
                    PdfText.normalize(String.join(" ", PdfText.pages(doc))).replace(" ", "");
            for (String url : urls) {
                assertTrue(LinkScheme.of(url).isPresent(), url + " has a scheme the checks refuse");
                // as a person types it: « exemple.fr/page », « accueil@exemple.fr », « +33553000000 »
                String address = LinkScheme.withoutScheme(url).replaceAll("/$", "");
                assertTrue(text.contains(address), url + " is not printed as « " + address + " »");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theLinksGuideHasEveryKindOfLink() {
        Set<LinkScheme> schemes = EnumSet.noneOf(LinkScheme.class);
        Inlines.forEach(RenderedGuides.get(LINKS).guide().sections(), i -> {
            if (i instanceof Inline.Link link) {
                schemes.add(LinkScheme.of(link.url()).orElseThrow());
            }
        });
        assertEquals(EnumSet.of(LinkScheme.HTTPS, LinkScheme.MAILTO, LinkScheme.TEL), schemes);
    }

    static List<String> stepHeadings(Guide guide) {
        Labels labels = new Labels(guide.meta().lang());
        List<String> out = new ArrayList<>();
        for (Step s : guide.steps()) {
            out.add(PdfText.normalize(labels.stepHeading(s.number(), s.title())));
        }
        return out;
    }

    /**
     * The page's text before its footer, « Titre — page 2 sur 3 », after asserting that the page
     * ends with it; a title too long for the footer's one line is cut after a word, with « … ».
     */
    private static String beforeFooter(Guide guide, String page, int number, int pages) {
        Labels labels = new Labels(guide.meta().lang());
        String folio = PdfText.normalize(
                labels.footerTitle("") + labels.footerPage() + " " + number + " " + labels.footerOf() + " " + pages);
        assertTrue(page.endsWith(folio), "page " + number + " does not end with '" + folio + "'");
        String before = page.substring(0, page.length() - folio.length()).strip();
        String title = PdfText.normalize(guide.meta().title());
        if (before.endsWith(title)) {
            return before.substring(0, before.length() - title.length()).strip();
        }
        for (int cut = title.length() - 1; cut > 0; cut--) {
            String shortened = title.substring(0, cut).strip() + "…";
            if (before.endsWith(shortened)) {
                return before.substring(0, before.length() - shortened.length()).strip();
            }
        }
        throw new AssertionError(
                "page " + number + " does not end with the title '" + title + "' in its footer: " + page);
    }
}
