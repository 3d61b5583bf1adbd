package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.layout.NotesSection;
import fiches.product.PrintSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The room to write: labelled writing lines at least 12 mm apart in the handout, and in the
 * accessible edition a tagged text field per label that a relative can fill and save.
 */
class NotesTest {
    private static final double MM = 72 / 25.4;
    /** Writing lines run across the text column; rules and underlines of links are shorter or fewer. */
    private static final double WRITING_LINE_MM = 150;

    static Stream<EverySize.Sized> sizes() {
        return PrintSize.PRESETS.stream().map(size -> EverySize.get(QrCodesTest.GUIDE, size));
    }

    private static List<String> labels(EverySize.Sized g) {
        List<String> labels = g.guide().meta().notes();
        assertFalse(labels.isEmpty(), "the test guide has notes");
        return labels;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void theHandoutPrintsWritingLinesAtLeast12MillimetresApart(EverySize.Sized g) throws IOException {
        int lines = 0;
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            for (PDPage page : doc.getPages()) {
                List<Double> heights = writingLines(page).stream()
                        .map(HorizontalLines.Line::y)
                        .sorted()
                        .toList();
                for (int i = 1; i < heights.size(); i++) {
                    double apart = (heights.get(i) - heights.get(i - 1)) / MM;
                    assertTrue(apart >= 12, "writing lines " + apart + " mm apart");
                }
                lines += heights.size();
            }
        }
        assertEquals(labels(g).size() * NotesSection.LINES, lines, "writing lines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void theHandoutHasNoFieldAndTheAccessibleEditionNoWritingLine(EverySize.Sized g) throws IOException {
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            assertEquals(null, doc.getDocumentCatalog().getAcroForm(null));
        }
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            for (PDPage page : doc.getPages()) {
                assertEquals(List.of(), writingLines(page), "a printed writing line under a field");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void theAccessibleEditionHasATaggedTextFieldPerLabel(EverySize.Sized g) throws IOException {
        List<String> labels = labels(g);
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            List<PDTextField> fields = textFields(doc.getDocumentCatalog().getAcroForm(null));
            assertEquals(labels.size(), fields.size());
            Set<String> names = new HashSet<>();
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            for (int i = 0; i < fields.size(); i++) {
                PDTextField field = fields.get(i);
                assertTrue(
                        names.add(field.getFullyQualifiedName()), "two fields named " + field.getFullyQualifiedName());
                assertEquals(labels.get(i), field.getAlternateFieldName(), "/TU");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                assertEquals(labels.get(i), widget.getContents());
                assertTrue(widget.isPrinted());
                assertTrue(widget.getRectangle().getHeight() >= 2 * 12 * MM, "room for two lines of handwriting");
                COSDictionary form = ParentTree.parentOf(
                        root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS), widget.getStructParent());
                assertNotNull(form, "no parent-tree entry for " + field.getPartialName());
                assertEquals("Form", form.getNameAsString(COSName.S));
                COSBase kids = form.getDictionaryObject(COSName.K);
                COSDictionary objr = kids instanceof COSArray a && a.size() == 1
                        ? (COSDictionary) a.getObject(0)
                        : (COSDictionary) kids;
                assertEquals("OBJR", objr.getNameAsString(COSName.TYPE));
                assertSame(widget.getCOSObject(), objr.getDictionaryObject(COSName.OBJ));
                PDStructureElement label = (PDStructureElement)
                        PDStructureElement.create((COSDictionary) form.getDictionaryObject(COSName.P));
                assertEquals("P", label.getStructureType());
                assertEquals(
                        labels.get(i),
                        PdfText.normalize(TaggedText.of(doc, label)),
                        "the field is not tagged in its label's paragraph");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void aFilledFieldKeepsItsValueOnceSaved(EverySize.Sized g, @TempDir Path dir) throws IOException {
        Path saved = dir.resolve("rempli.pdf");
        String value = "jeanne.dupont@exemple.fr — 12 h 30, côté église";
        try (PDDocument doc = Loader.loadPDF(g.accessible().toFile())) {
            PDTextField first =
                    textFields(doc.getDocumentCatalog().getAcroForm(null)).get(0);
            assertEquals("", first.getValue());
            first.setValue(value);
            doc.save(saved.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            List<PDTextField> fields = textFields(doc.getDocumentCatalog().getAcroForm(null));
            assertEquals(value, fields.get(0).getValue());
            assertEquals("", fields.get(1).getValue());
            assertTrue(
                    PdfText.pages(doc).stream().anyMatch(t -> t.contains("jeanne.dupont@exemple.fr"))
                            || fields.get(0).getWidgets().get(0).getNormalAppearanceStream() != null,
                    "the value has no appearance");
        }
    }

    private static List<PDTextField> textFields(PDAcroForm form) {
        assertNotNull(form, "no form in the accessible edition");
        List<PDTextField> fields = new ArrayList<>();
        for (PDField f : form.getFields()) {
            if (f instanceof PDTextField t) {
                fields.add(t);
            }
        }
        fields.forEach(f -> assertInstanceOf(PDTextField.class, f));
        return fields;
    }

    /** The long stroked horizontal lines of a page: its writing lines. */
    private static List<HorizontalLines.Line> writingLines(PDPage page) throws IOException {
        return HorizontalLines.of(page).stream()
                .filter(l -> l.lengthMm() >= WRITING_LINE_MM)
                .toList();
    }
}
