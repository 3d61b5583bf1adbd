package fiches.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Adds one text field per note label to the accessible edition, tagged like the step
 * checkboxes: named {@code note-1}, {@code note-2}…, its /TU the label, a Form element with the
 * widget's OBJR inside the label's paragraph. What is typed is set in the body font at the body
 * size: the font is embedded whole (not a subset) in the form's resources, so that a viewer or
 * PDFBox can draw any letter a relative types, and the saved file stays PDF/A.
 */
final class NoteFields {
    private static final String FONT_NAME = "AtkN";

    private final byte[] font;

    /** @param font the body font's TrueType file */
    NoteFields(byte[] font) {
        this.font = font.clone();
    }

    void add(PDDocument doc, List<NoteMark> marks) throws IOException {
        if (marks.isEmpty()) {
            return;
        }
        PDAcroForm form = AcroForms.of(doc);
        form.setDefaultResources(resources(doc, font));
        FormElements forms = new FormElements(doc);
        List<PDField> fields = new ArrayList<>(form.getFields());
        for (NoteMark mark : marks) {
            PDTextField field = field(doc, form, mark);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            mark.labelTag().appendKid(forms.formFor(widget, mark.labelTag(), mark.page()));
            mark.page().getAnnotations().add(widget);
            mark.page().getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            fields.add(field);
        }
        form.setFields(fields);
    }

    /** The form's resources that the fields' text is set in: the body font, embedded whole. */
    static PDResources resources(PDDocument doc, byte[] font) throws IOException {
        PDResources resources = new PDResources();
        resources.put(
                COSName.getPDFName(FONT_NAME),
                PDTrueTypeFont.load(doc, new ByteArrayInputStream(font), WinAnsiEncoding.INSTANCE));
        return resources;
    }

    private PDTextField field(PDDocument doc, PDAcroForm form, NoteMark mark) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(mark.name());
        field.setAlternateFieldName(mark.label());
        field.setMultiline(true);
        field.setDefaultAppearance(String.format(Locale.ROOT, "/%s %.1f Tf 0 g", FONT_NAME, mark.textSize()));
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(mark.room());
        widget.setPage(mark.page());
        widget.setPrinted(true);
        widget.setContents(mark.label());
        COSDictionary mkDict = new COSDictionary();
        mkDict.setDirect(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(mkDict);
        mk.setBorderColour(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(empty(doc, mark.room()));
        widget.setAppearance(ap);
        return field;
    }

    /** An empty field: its outline only, drawn with a path, so that it needs no font until it is filled. */
    private static PDAppearanceStream empty(PDDocument doc, PDRectangle rect) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(stream)) {
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(WritingLines.LINE_WIDTH);
            float inset = WritingLines.LINE_WIDTH / 2;
            cs.addRect(
                    inset,
                    inset,
                    rect.getWidth() - WritingLines.LINE_WIDTH,
                    rect.getHeight() - WritingLines.LINE_WIDTH);
            cs.stroke();
        }
        return stream;
    }
}
