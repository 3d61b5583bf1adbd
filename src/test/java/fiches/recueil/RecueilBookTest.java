package fiches.recueil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Guide;
import fiches.pdf.PathShapes;
import fiches.pdf.PdfText;
import fiches.pdf.VeraPdf;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The recueil of nine guides (the samples, an English guide, one of fifteen steps, one with
 * pictures): a cover, a table of contents whose numbers are the guides' first pages, every guide
 * on a right-hand page, its boxes or checkboxes, its bookmarks, and both files conforming. An
 * integration test: the book is made once, for all of them, and checked by veraPDF.
 */
@Tag("integration")
class RecueilBookTest {

    private static Books.Made book() {
        return Books.collection();
    }

    /** Each guide's first page in the book (1-based), in the order the book prints them. */
    private static Map<Guide, Integer> firstPages(List<String> pages) {
        Map<Guide, Integer> first = new LinkedHashMap<>();
        for (Guide g : book().models()) {
            String title = PdfText.normalize(g.meta().title());
            for (int i = 0; i < pages.size(); i++) {
                if (PdfText.normalize(pages.get(i)).startsWith(title)) {
                    first.put(g, i + 1);
                    break;
                }
            }
            assertTrue(first.containsKey(g), "no page starts with the title of " + g.slug());
        }
        List<Map.Entry<Guide, Integer>> ordered = new ArrayList<>(first.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        Map<Guide, Integer> inOrder = new LinkedHashMap<>();
        ordered.forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        return inOrder;
    }

    private static List<String> pages(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(book().file(edition).toFile())) {
            return PdfText.pages(doc);
        }
    }

    /** The text of the table of contents: from the page that opens with its heading to the first guide. */
    private static String contents(List<String> pages, int firstGuide) {
        StringBuilder toc = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < firstGuide - 1; i++) {
            in |= PdfText.normalize(pages.get(i)).startsWith("Sommaire");
            if (in) {
                toc.append(pages.get(i)).append('\n');
            }
        }
        assertFalse(toc.isEmpty(), "no page opens with « Sommaire » before the first guide");
        return PdfText.normalize(toc.toString());
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theContentsGiveThePageWhereEachGuideStarts(Edition edition) throws IOException {
        List<String> pages = pages(edition);
        Map<Guide, Integer> first = firstPages(pages);
        String toc = contents(pages, first.values().iterator().next());
        for (Map.Entry<Guide, Integer> e : first.entrySet()) {
            Matcher m = Pattern.compile(
                            Pattern.quote(PdfText.normalize(e.getKey().meta().title())) + "[ .]*(\\d+)")
                    .matcher(toc);
            assertTrue(m.find(), e.getKey().slug() + " is not in the contents: " + toc);
            assertEquals(
                    e.getValue(),
                    Integer.parseInt(m.group(1)),
                    "the contents' page of " + e.getKey().slug());
        }
    }

    @Test
    void aPageNumberOfTheContentsNeverStandsAloneOnALine() throws IOException {
        List<String> pages = pages(Edition.HANDOUT);
        int firstGuide = firstPages(pages).values().iterator().next();
        for (int i = 0; i < firstGuide - 1; i++) {
            for (String line : pages.get(i).split("\\R")) {
                assertFalse(
                        PdfText.normalize(line).matches("\\d+"), "page " + (i + 1) + " has a line « " + line + " »");
            }
        }
    }

    @Test
    void listsTheGuidesByThemeThenTitleAsTheCatalogueDoes() throws IOException {
        List<String> pages = pages(Edition.HANDOUT);
        Map<Guide, Integer> first = firstPages(pages);
        String toc = contents(pages, first.values().iterator().next());
        List<Integer> positions = first.keySet().stream()
                .map(g -> toc.indexOf(PdfText.normalize(g.meta().title())))
                .toList();
        assertEquals(positions.stream().sorted().toList(), positions, "the contents follow the book's order");
        // Themes in alphabetical order, the guides without one last; titles in order within a theme.
        assertTrue(toc.indexOf("Communication") < toc.indexOf("Démarches administratives"), toc);
        assertTrue(toc.indexOf("Démarches administratives") < toc.indexOf("Santé"), toc);
        assertTrue(toc.indexOf("Santé") < toc.indexOf("Sécurité"), toc);
        assertTrue(toc.indexOf("Créer son compte Ameli") < toc.indexOf("Prendre un rendez-vous"), toc);
        assertEquals(Books.collection().outcomes().size(), first.size(), "every guide of the run, once");
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void everyGuideStartsOnARightHandPage(Edition edition) throws IOException {
        Map<Guide, Integer> first = firstPages(pages(edition));
        first.forEach((g, page) -> assertEquals(1, page % 2, g.slug() + " starts on page " + page));
    }

    @Test
    void theCoverNamesTheCollectionItsSizeAndItsDate() throws IOException {
        String cover = PdfText.normalize(pages(Edition.HANDOUT).get(0));
        int guides = Books.collection().outcomes().size();
        assertTrue(guides > 1);
        // the collection is the desk's, named by its site profile
        assertTrue(
                cover.startsWith("Recueil des fiches France Services de Marmande " + guides
                        + " fiches Mis à jour le 1er mars 2026"),
                cover);
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.ACCESSIBLE).toFile())) {
            assertEquals(
                    "Recueil des fiches — France Services de Marmande",
                    doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void eachGuidesPagesHaveOneTickBoxPerStep() throws IOException {
        List<String> pages = pages(Edition.HANDOUT);
        List<Map.Entry<Guide, Integer>> first =
                new ArrayList<>(firstPages(pages).entrySet());
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.HANDOUT).toFile())) {
            for (int g = 0; g < first.size(); g++) {
                int from = first.get(g).getValue();
                int to = g + 1 < first.size() ? first.get(g + 1).getValue() - 1 : doc.getNumberOfPages();
                int boxes = 0;
                for (int p = from; p <= to; p++) {
                    boxes += (int) PathShapes.squares(doc.getPage(p - 1)).stream()
                            .filter(s -> s.sideMm() >= 9 && s.sideMm() <= 12)
                            .count();
                }
                assertEquals(
                        first.get(g).getKey().steps().size(),
                        boxes,
                        first.get(g).getKey().slug());
            }
            assertEquals(null, doc.getDocumentCatalog().getAcroForm(null), "the handout is paper only");
        }
    }

    @Test
    void hasOneTaggedCheckboxPerStepWithNamesUniqueAcrossTheBook() throws IOException {
        List<String> expected = new ArrayList<>();
        firstPages(pages(Edition.ACCESSIBLE)).keySet().forEach(g -> expected.addAll(Books.stepHeadings(g)));
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.ACCESSIBLE).toFile())) {
            List<PDField> all = doc.getDocumentCatalog().getAcroForm(null).getFields();
            // the guides' notes are text fields, with names unique across the book too
            assertEquals(
                    all.size(),
                    all.stream().map(PDField::getFullyQualifiedName).distinct().count(),
                    "two fields share a name");
            List<PDField> fields =
                    all.stream().filter(f -> f instanceof PDCheckBox).toList();
            assertEquals(expected.size(), fields.size());
            Set<String> names = new HashSet<>();
            COSArray nums = fiches.pdf.ParentTree.nums(doc);
            for (int i = 0; i < fields.size(); i++) {
                PDCheckBox box = (PDCheckBox) fields.get(i);
                assertTrue(
                        names.add(box.getFullyQualifiedName()), "two checkboxes named " + box.getFullyQualifiedName());
                assertEquals(expected.get(i), PdfText.normalize(box.getAlternateFieldName()));
                PDAnnotationWidget widget = box.getWidgets().get(0);
                COSDictionary form = fiches.pdf.ParentTree.parentOf(nums, widget.getStructParent());
                assertNotNull(form, "checkbox " + box.getFullyQualifiedName() + " is not tagged");
                assertEquals("Form", form.getNameAsString(COSName.S));
            }
        }
    }

    /** A relative types into « Mes notes » of a guide in the book, saves, and finds it again. */
    @Test
    void aNoteOfTheBookCanBeFilledInAndKeepsWhatWasTyped() throws IOException {
        String typed = "Rendez-vous jeudi à 14 h, guichet 2";
        byte[] saved;
        String name;
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.ACCESSIBLE).toFile())) {
            var form = doc.getDocumentCatalog().getAcroForm(null);
            var note = (org.apache.pdfbox.pdmodel.interactive.form.PDTextField) form.getFields().stream()
                    .filter(f -> f instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTextField)
                    .findFirst()
                    .orElseThrow();
            name = note.getFullyQualifiedName();
            // the font the note is set in is the form's own, embedded; the form names no other
            String font = note.getDefaultAppearance().split(" ")[0].substring(1);
            var resources = form.getDefaultResources();
            assertNotNull(resources.getFont(COSName.getPDFName(font)), "no font " + font + " in the form");
            for (COSName each : resources.getFontNames()) {
                assertTrue(resources.getFont(each).isEmbedded(), each + " is not embedded");
            }
            note.setValue(typed);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            saved = out.toByteArray();
        }
        try (PDDocument again = Loader.loadPDF(saved)) {
            assertEquals(
                    typed,
                    again.getDocumentCatalog().getAcroForm(null).getField(name).getValueAsString());
        }
    }

    @Test
    void bookmarksEachGuideUnderItsThemeWithEachOfItsSteps() throws IOException {
        Map<Guide, Integer> first = firstPages(pages(Edition.HANDOUT));
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.HANDOUT).toFile())) {
            Map<String, PDOutlineItem> guides = new LinkedHashMap<>();
            PDOutlineItem top = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Sommaire", top.getTitle());
            for (PDOutlineItem theme = top.getNextSibling(); theme != null; theme = theme.getNextSibling()) {
                for (PDOutlineItem g = theme.getFirstChild(); g != null; g = g.getNextSibling()) {
                    guides.put(g.getTitle(), g);
                }
            }
            assertEquals(first.keySet().stream().map(g -> g.meta().title()).toList(), List.copyOf(guides.keySet()));
            for (Map.Entry<Guide, Integer> e : first.entrySet()) {
                PDOutlineItem item = guides.get(e.getKey().meta().title());
                assertEquals(
                        e.getValue() - 1,
                        doc.getPages().indexOf(item.findDestinationPage(doc)),
                        "the bookmark of " + e.getKey().slug() + " leads to its first page");
                List<String> steps = new ArrayList<>();
                descendants(item, steps);
                for (String step : Books.stepHeadings(e.getKey())) {
                    assertTrue(steps.contains(step), e.getKey().slug() + " has no bookmark « " + step + " »");
                }
            }
        }
    }

    private static void descendants(PDOutlineItem item, List<String> titles) {
        for (PDOutlineItem c = item.getFirstChild(); c != null; c = c.getNextSibling()) {
            titles.add(PdfText.normalize(c.getTitle()));
            descendants(c, titles);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void everyPageButTheCoverEndsWithTheBooksPageNumber(Edition edition) throws IOException {
        List<String> pages = pages(edition);
        assertFalse(PdfText.normalize(pages.get(0)).contains("Recueil, page"), "the cover has no page number");
        for (int i = 1; i < pages.size(); i++) {
            String page = PdfText.normalize(pages.get(i));
            assertTrue(page.endsWith("Recueil, page " + (i + 1)), "page " + (i + 1) + ": " + page);
        }
    }

    /** A guide's pages keep their own footer: a visitor given one guide out of the binder has « page 2 sur 5 ». */
    @Test
    void eachGuidesPagesKeepItsOwnFooterAboveTheBooksNumber() throws IOException {
        List<String> pages = pages(Edition.HANDOUT);
        for (Map.Entry<Guide, Integer> e : firstPages(pages).entrySet()) {
            int length;
            try (PDDocument alone = Loader.loadPDF(book().out()
                    .resolve(Edition.HANDOUT.fileName(e.getKey().slug()))
                    .toFile())) {
                length = alone.getNumberOfPages();
            }
            String words = PdfText.normalize(e.getKey().meta().title()).split(" ")[0];
            for (int k = 1; k <= length; k++) {
                String page = PdfText.normalize(pages.get(e.getValue() + k - 2));
                assertTrue(
                        page.matches(".*" + Pattern.quote(words) + "[^—]* — page " + k + " (sur|of) " + length
                                + " Recueil, page " + (e.getValue() + k - 1)),
                        e.getKey().slug() + ", its page " + k + ": " + page);
            }
        }
    }

    /** The book's number sits on the outer side, where a thumb leafing through a binder finds it. */
    @Test
    void theBooksNumberIsOnTheOuterSideUnderTheGuidesFooter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(book().file(Edition.HANDOUT).toFile())) {
            PageLines.assertFoliosOnTheOuterSideUnderAllElse(doc, "Recueil, page");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void eachContentsLinkLeadsToItsGuidesFirstPage(Edition edition) throws IOException {
        List<Integer> first = List.copyOf(firstPages(pages(edition)).values());
        try (PDDocument doc = Loader.loadPDF(book().file(edition).toFile())) {
            List<Integer> targets = new ArrayList<>();
            for (int p = 0; p < first.get(0) - 1; p++) {
                for (var annotation : doc.getPage(p).getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        var go = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
                        var to =
                                (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                                        go.getDestination();
                        int target = doc.getPages().indexOf(to.getPage()) + 1;
                        targets.add(target);
                        // what a screen reader says of the link: where it leads, not how it was made
                        assertTrue(
                                PdfText.normalize(link.getContents()).endsWith(" — page " + target),
                                link.getContents());
                        COSArray nums = fiches.pdf.ParentTree.nums(doc);
                        COSDictionary element = fiches.pdf.ParentTree.parentOf(nums, link.getStructParent());
                        assertEquals("Link", element.getNameAsString(COSName.S));
                        String alt = element.getString(COSName.ALT);
                        assertTrue(alt == null || alt.equals(link.getContents()), alt);
                    }
                }
            }
            assertEquals(first, targets);
        }
    }

    /**
     * Each page's marked content and each annotation find their structure element through the
     * parent tree: its keys are unique, and every page's and annotation's key is in it.
     */
    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void everyPageAndAnnotationHasItsOwnEntryInTheParentTree(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(book().file(edition).toFile())) {
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            COSArray nums = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
            Set<Integer> keys = new HashSet<>();
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                assertTrue(
                        keys.add(((COSInteger) nums.getObject(i)).intValue()), "key " + nums.getObject(i) + " twice");
            }
            Set<Integer> used = new HashSet<>();
            for (var page : doc.getPages()) {
                if (page.getCOSObject().containsKey(COSName.STRUCT_PARENTS)) {
                    assertTrue(used.add(page.getStructParents()), "two pages share " + page.getStructParents());
                }
                for (var annotation : page.getAnnotations()) {
                    assertTrue(used.add(annotation.getStructParent()), "two owners of " + annotation.getStructParent());
                }
            }
            assertTrue(keys.containsAll(used), "keys without an entry");
            assertTrue(root.getParentTreeNextKey()
                    > keys.stream().mapToInt(k -> k).max().orElseThrow());
        }
    }

    /** A screen reader hears each guide as a part of the book, in the guide's own language. */
    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void eachGuideIsAPartInItsOwnLanguage(Edition edition) throws IOException {
        List<Guide> guides = List.copyOf(firstPages(pages(edition)).keySet());
        try (PDDocument doc = Loader.loadPDF(book().file(edition).toFile())) {
            COSDictionary top = (COSDictionary)
                    doc.getDocumentCatalog().getStructureTreeRoot().getK();
            COSArray kids = top.getCOSArray(COSName.K);
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < kids.size(); k++) {
                COSDictionary element = (COSDictionary) kids.getObject(k);
                if ("Part".equals(element.getNameAsString(COSName.S))) {
                    parts.add(element.getString(COSName.LANG));
                }
            }
            assertEquals(guides.size() + 1, parts.size(), "the book's own pages, then each guide");
            assertEquals(guides.stream().map(g -> g.meta().lang().tag()).toList(), parts.subList(1, parts.size()));
            assertTrue(parts.contains("en") && parts.contains("fr"), "an English guide in a French book: " + parts);
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void passesVeraPdfForPdfUa1(Edition edition) throws Exception {
        assertEquals(List.of(), VeraPdf.failedRules(book().file(edition), PDFAFlavour.PDFUA_1));
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void passesVeraPdfForPdfA2a(Edition edition) throws Exception {
        assertEquals(List.of(), VeraPdf.failedRules(book().file(edition), PDFAFlavour.PDFA_2_A));
    }

    @Test
    void isMadeAgainByteForByteFromTheSameGuides() throws IOException {
        java.nio.file.Path elsewhere = book().out().resolveSibling("out-again");
        Books.deleteTree(elsewhere);
        Books.Made again = Books.run(book().guides(), elsewhere, true);
        for (Edition e : Edition.pdfs()) {
            assertTrue(
                    java.util.Arrays.equals(Files.readAllBytes(book().file(e)), Files.readAllBytes(again.file(e))),
                    e + " differs between two runs");
        }
    }
}
