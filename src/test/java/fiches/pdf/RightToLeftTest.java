package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Arabic and Persian guides, written as a native author would (Latin brand names and French
 * button names inside the sentences, phone numbers, addresses, a table, a list), printed and
 * tagged right to left at every print size.
 */
class RightToLeftTest {
    static final Path RTL_GUIDES = Path.of("src", "test", "resources", "rtl");
    /** Arabic presentation forms, which only shaping draws and no reader should be given. */
    private static final Pattern PRESENTATION_FORMS = Pattern.compile("[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");

    static Stream<EverySize.Sized> guides() {
        List<EverySize.Sized> all = new ArrayList<>();
        for (String name : List.of("france-connect-arabe.md", "ameli-persan.md")) {
            for (int size : fiches.product.PrintSize.PRESETS) {
                all.add(EverySize.get(RTL_GUIDES.resolve(name), size));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> editions() {
        return guides().flatMap(g -> Edition.pdfs().stream().map(e -> Arguments.of(g, e)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void everyGlyphIsInItsFontAndTheDocumentIsInTheGuidesLanguage(EverySize.Sized g, Edition edition)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            assertEquals(g.guide().meta().lang().tag(), doc.getDocumentCatalog().getLanguage());
            for (TextPosition t : positions(doc)) {
                PDType0Font font = (PDType0Font) t.getFont();
                assertNotEquals(
                        0,
                        font.getDescendantFont().codeToGID(t.getCharacterCodes()[0]),
                        g + ": .notdef drawn for « " + t.getUnicode() + " » in " + font.getName());
            }
        }
    }

    /**
     * What a screen reader gets, in structure order, is the source's text as written: each of its
     * sentences whole and in order, in Unicode letters, no presentation form, no U+FFFD.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void theTaggedTextIsTheSourceTextInLogicalOrder(EverySize.Sized g, Edition edition) throws IOException {
        String tagged;
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            PDStructureElement root = (PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            tagged = PdfText.normalize(TaggedText.of(doc, root));
        }
        assertFalse(PRESENTATION_FORMS.matcher(tagged).find(), g + ": presentation forms in " + tagged);
        assertFalse(tagged.contains("\uFFFD"), g + ": U+FFFD in " + tagged);
        // Compared without spaces: where a line ends between a right-to-left word and a Latin one
        // (an address, a brand), the space the renderer drops there is not always given back
        // (see LogicalText); every letter, in logical order, is.
        tagged = tagged.replace(" ", "");
        int from = 0;
        for (String sentence : sentences(g)) {
            sentence = sentence.replace(" ", "");
            int at = tagged.indexOf(sentence, from);
            assertTrue(at >= 0, g + ": « " + sentence + " » not found, in order, in the tagged text: " + tagged);
            from = at + sentence.length();
        }
    }

    /** Checkbox names, bookmarks and the title: in the guide's language, as written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void checkboxesBookmarksAndTitleAreWrittenInLogicalOrder(EverySize.Sized g) throws IOException {
        List<String> headings = HandoutTest.stepHeadings(g.guide());
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            assertEquals(g.guide().meta().title(), doc.getDocumentInformation().getTitle());
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm(null).getFields();
            for (int i = 0; i < headings.size(); i++) {
                assertEquals(headings.get(i), PdfText.normalize(((PDCheckBox) fields.get(i)).getAlternateFieldName()));
            }
            List<String> bookmarks = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
            for (String heading : headings) {
                assertTrue(
                        bookmarks.stream().map(PdfText::normalize).anyMatch(heading::equals),
                        heading + " in " + bookmarks);
            }
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    /** The box is on the reading side: right of its step title on an RTL page, left on a French one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theTickBoxIsRightOfItsStepTitle(EverySize.Sized g) throws IOException {
        assertBoxesBesideTitles(g, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fiches.pdf.RightToLeftTest#french")
    void theTickBoxIsLeftOfAFrenchStepTitle(EverySize.Sized g) throws IOException {
        assertBoxesBesideTitles(g, false);
    }

    static Stream<EverySize.Sized> french() {
        return Stream.of(EverySize.get(RenderedGuides.GUIDES.resolve("comment-utiliser-france-connect.md"), 18));
    }

    private static void assertBoxesBesideTitles(EverySize.Sized g, boolean right) throws IOException {
        int boxes = 0;
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            List<TextPosition> all = positions(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                float height = page.getMediaBox().getHeight();
                for (PathShapes.Square box : PathShapes.squares(page)) {
                    if (box.sideMm() < 9 || box.sideMm() > 12) {
                        continue;
                    }
                    boxes++;
                    int pageNo = p + 1;
                    // The title's letters level with the box: on its page, their baseline inside its height.
                    List<TextPosition> level = all.stream()
                            .filter(t -> t.getTextMatrix() != null && pageOf(t) == pageNo)
                            .filter(t -> Math.abs((height - t.getYDirAdj()) - box.centreY()) < box.side() / 2 + 6)
                            .toList();
                    assertFalse(level.isEmpty(), g + ": no title level with the box on page " + pageNo);
                    for (TextPosition t : level) {
                        boolean beside = right
                                ? t.getXDirAdj() + t.getWidthDirAdj() <= box.centreX() - box.side() / 2
                                : t.getXDirAdj() >= box.centreX() + box.side() / 2;
                        assertTrue(
                                beside,
                                g + ": « " + t.getUnicode() + " » on the wrong side of the box, page " + pageNo);
                    }
                }
            }
        }
        assertEquals(g.guide().steps().size(), boxes, g + ": one box per step");
    }

    /**
     * Shaping and the bidi algorithm, seen in the glyphs drawn: Arabic letters are drawn as their
     * joined presentation forms, and a step title's glyphs, read from the left and unshaped, are
     * its words backwards. Without shaping the glyphs are the letters; without the bidi algorithm
     * they come in the order they are written.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void arabicIsDrawnShapedAndRightToLeft(EverySize.Sized g) throws IOException {
        String title = g.guide().steps().get(0).title();
        String word = Stream.of(title.split(" "))
                .filter(w -> w.codePoints().allMatch(c -> c >= 0x0600 && c <= 0x06FF))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow();
        String drawn;
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            StringBuilder sb = new StringBuilder();
            for (TextPosition t : positions(doc)) {
                sb.append(t.getUnicode());
            }
            drawn = sb.toString();
        }
        assertTrue(PRESENTATION_FORMS.matcher(drawn).find(), g + ": no joined letter drawn");
        // The letters each presentation form stands for (its compatibility decomposition).
        String unshaped = java.text.Normalizer.normalize(drawn, java.text.Normalizer.Form.NFKC);
        String backwards = new StringBuilder(word).reverse().toString();
        assertTrue(unshaped.contains(backwards), g + ": « " + word + " » is not drawn right to left");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void isPdfUa1AndPdfA2a(EverySize.Sized g, Edition edition) throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            List<String> failed = VeraPdf.failedRules(g.pdf(edition), flavour);
            assertTrue(failed.isEmpty(), g + " " + edition + " " + flavour + ": " + failed);
        }
    }

    /** Every glyph drawn, in content order (the stripper does not sort), with its page in its text matrix. */
    private static List<TextPosition> positions(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            int page = p;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PAGES.put(text, page);
                    all.add(text);
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(doc);
        }
        return all;
    }

    private static final java.util.Map<TextPosition, Integer> PAGES =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static int pageOf(TextPosition t) {
        return PAGES.getOrDefault(t, -1);
    }

    /**
     * The sentences of the source's paragraphs, list items and table cells, as printed: bold
     * marks dropped, a link's words followed by its address in brackets.
     */
    private static List<String> sentences(EverySize.Sized g) throws IOException {
        String source = Files.readString(RTL_GUIDES.resolve(g.guide().slug() + ".md"));
        String body = source.substring(source.indexOf("\n---", 4) + 4);
        List<String> out = new ArrayList<>();
        Matcher link = Pattern.compile("\\[([^\\]]+)\\]\\(https?://([^)]+)\\)").matcher("");
        for (String line : body.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("|---")) {
                continue;
            }
            l = l.replace("**", "");
            l = link.reset(l).replaceAll("$1 ($2)");
            if (l.startsWith("- ")) {
                out.add(PdfText.normalize(l.substring(2)));
            } else if (l.startsWith("|")) {
                for (String cell : l.split("\\|")) {
                    if (!cell.isBlank()) {
                        out.add(PdfText.normalize(cell));
                    }
                }
            } else {
                out.add(PdfText.normalize(l));
            }
        }
        return out;
    }
}
