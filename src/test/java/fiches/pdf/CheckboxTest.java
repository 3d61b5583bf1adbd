package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The accessible edition has one tagged, named, working checkbox per step. */
class CheckboxTest {

    static Stream<RenderedGuides.Rendered> guides() {
        return RenderedGuides.all();
    }

    private static PDDocument open(RenderedGuides.Rendered g) throws IOException {
        return Loader.loadPDF(g.accessible().toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void hasOneCheckboxPerStepNamedByItsNumberAndTitle(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertNotNull(form);
            assertFalse(form.getCOSObject().containsKey(COSName.NEED_APPEARANCES));
            List<PDField> all = form.getFields();
            List<String> expected = HandoutTest.stepHeadings(g.guide());
            // The steps' checkboxes first, then a text field per note label (see NotesTest).
            assertEquals(expected.size() + g.guide().meta().notes().size(), all.size());
            all.subList(expected.size(), all.size()).forEach(f -> assertInstanceOf(PDTextField.class, f));
            List<PDField> fields = all.subList(0, expected.size());
            for (int i = 0; i < fields.size(); i++) {
                PDCheckBox box = assertInstanceOf(PDCheckBox.class, fields.get(i));
                assertEquals("etape-" + (i + 1), box.getPartialName());
                assertEquals(expected.get(i), PdfText.normalize(box.getAlternateFieldName()));
                assertEquals(
                        box.getAlternateFieldName(), box.getWidgets().get(0).getContents());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void printsNoBoxUnderItsCheckboxes(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            for (PDPage page : doc.getPages()) {
                assertTrue(
                        PathShapes.squares(page).stream().noneMatch(s -> s.sideMm() >= 9 && s.sideMm() <= 12),
                        "a printed tick box in the accessible edition");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void eachCheckboxIsOutlinedLikeThePrintedBoxesOfTheHandout(RenderedGuides.Rendered g) throws IOException {
        List<PathShapes.Square> printed = new ArrayList<>();
        try (PDDocument handout = Loader.loadPDF(g.handout().toFile())) {
            for (PDPage page : handout.getPages()) {
                PathShapes.squares(page).stream()
                        .filter(s -> s.sideMm() >= 9 && s.sideMm() <= 12)
                        .forEach(printed::add);
            }
        }
        assertEquals(g.guide().steps().size(), printed.size(), "printed boxes");
        try (PDDocument doc = open(g)) {
            for (PDField field : checkboxes(doc)) {
                PDAnnotationWidget w = field.getWidgets().get(0);
                float outline = lineWidth(w.getAppearance()
                        .getNormalAppearance()
                        .getSubDictionary()
                        .get(COSName.Off));
                float side = w.getRectangle().getWidth();
                for (PathShapes.Square box : printed) {
                    assertEquals(box.lineWidth(), outline, 0.01, field.getPartialName() + ": outline");
                    assertEquals(side, box.side() + box.lineWidth(), 0.05, field.getPartialName() + ": side");
                }
            }
        }
    }

    /** The width of the first line an appearance strokes. */
    private static float lineWidth(PDAppearanceStream appearance) throws IOException {
        List<Object> tokens = new PDFStreamParser(appearance).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op
                    && "w".equals(op.getName())
                    && tokens.get(i - 1) instanceof COSNumber n) {
                return n.floatValue();
            }
        }
        throw new AssertionError("the appearance sets no line width");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void eachCheckboxIsDrawnWithoutAFont(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            for (PDField field : checkboxes(doc)) {
                PDAnnotationWidget w = field.getWidgets().get(0);
                COSDictionary normal = w.getAppearance().getNormalAppearance().getCOSObject();
                assertNotNull(normal.getCOSStream(COSName.Off), "no off appearance");
                assertNotNull(normal.getCOSStream(COSName.getPDFName("Yes")), "no on appearance");
                assertNull(w.getAppearance().getCOSObject().getDictionaryObject(COSName.D), "down appearance");
                for (COSName state : normal.keySet()) {
                    var res = w.getAppearance()
                            .getNormalAppearance()
                            .getSubDictionary()
                            .get(state)
                            .getResources();
                    assertTrue(res == null || !res.getFontNames().iterator().hasNext(), "font in " + state);
                }
                assertTrue(w.isPrinted());
                // Poppler-based viewers (Evince, Okular) draw nothing when these are references.
                assertInstanceOf(COSDictionary.class, w.getCOSObject().getItem(COSName.AP), "/AP is a reference");
                assertInstanceOf(
                        COSDictionary.class, w.getAppearance().getCOSObject().getItem(COSName.N), "/N is a reference");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void eachWidgetResolvesToItsOwnFormElement(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            COSArray nums = ParentTree.nums(doc);
            for (PDField field : doc.getDocumentCatalog().getAcroForm(null).getFields()) {
                PDAnnotationWidget w = field.getWidgets().get(0);
                COSDictionary form = ParentTree.parentOf(nums, w.getStructParent());
                assertNotNull(form, "no parent-tree entry for " + field.getPartialName());
                assertEquals("Form", form.getNameAsString(COSName.S));
                COSBase kids = form.getDictionaryObject(COSName.K);
                COSDictionary objr = kids instanceof COSArray a && a.size() == 1
                        ? (COSDictionary) a.getObject(0)
                        : (COSDictionary) kids;
                assertEquals("OBJR", objr.getNameAsString(COSName.TYPE));
                assertSame(w.getCOSObject(), objr.getDictionaryObject(COSName.OBJ));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void formElementsComeInStepOrderEachInsideItsStep(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            List<PDStructureElement> forms = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Form", forms);
            forms.removeIf(f -> !"Btn".equals(fieldType(f))); // the notes' text fields: see NotesTest
            List<String> expected = HandoutTest.stepHeadings(g.guide());
            assertEquals(expected.size(), forms.size());
            for (int i = 0; i < forms.size(); i++) {
                PDStructureNode step = forms.get(i).getParent();
                PDStructureElement heading = firstHeading(step);
                assertNotNull(heading, "Form " + (i + 1) + " is not in a step");
                PDAnnotationWidget w = widgetOf(forms.get(i));
                assertEquals(expected.get(i), PdfText.normalize(w.getCOSObject().getString(COSName.CONTENTS)));
                assertEquals(
                        expected.get(i),
                        PdfText.normalize(actualText(doc, heading)),
                        "Form " + (i + 1) + " is not in the step it names");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyPageWithACheckboxTabsInStructureOrder(RenderedGuides.Rendered g) throws IOException {
        try (PDDocument doc = open(g)) {
            for (PDPage page : doc.getPages()) {
                if (!page.getAnnotations().isEmpty()) {
                    assertEquals("S", page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void aTickedBoxStaysTickedAfterSaving(RenderedGuides.Rendered g, @TempDir Path dir) throws IOException {
        Path saved = dir.resolve("ticked.pdf");
        try (PDDocument doc = open(g)) {
            PDCheckBox first = (PDCheckBox)
                    doc.getDocumentCatalog().getAcroForm(null).getFields().get(0);
            assertFalse(first.isChecked());
            first.check();
            doc.save(saved.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            List<PDField> fields = doc.getDocumentCatalog().getAcroForm(null).getFields();
            assertTrue(((PDCheckBox) fields.get(0)).isChecked());
            assertEquals(
                    "Yes",
                    fields.get(0).getWidgets().get(0).getAppearanceState().getName());
            assertFalse(((PDCheckBox) fields.get(1)).isChecked());
        }
    }

    /** The step checkboxes, without the notes' text fields. */
    private static List<PDField> checkboxes(PDDocument doc) {
        return doc.getDocumentCatalog().getAcroForm(null).getFields().stream()
                .filter(f -> f instanceof PDCheckBox)
                .toList();
    }

    /** The type of the field whose widget a Form element holds: Btn for a checkbox, Tx for text. */
    private static String fieldType(PDStructureElement form) {
        try {
            return widgetOf(form).getCOSObject().getNameAsString(COSName.FT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    out.add(e);
                }
                collect(e, type, out);
            }
        }
    }

    private static PDStructureElement firstHeading(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e && e.getStructureType().matches("H[1-6]")) {
                return e;
            }
        }
        return null;
    }

    private static PDAnnotationWidget widgetOf(PDStructureElement form) throws IOException {
        PDObjectReference ref = (PDObjectReference) form.getKids().get(0);
        PDAnnotation a = (PDAnnotation) ref.getReferencedObject();
        return (PDAnnotationWidget) a;
    }

    /** The text a heading tags, read from its page through its marked-content ids. */
    private static String actualText(PDDocument doc, PDStructureElement heading) throws IOException {
        return TaggedText.of(doc, heading);
    }
}
