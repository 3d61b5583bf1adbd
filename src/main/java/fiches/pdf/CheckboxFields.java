package fiches.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Adds one interactive checkbox per step, tagged for PDF/UA-1: a named field whose tooltip
 * (/TU) is the step's number and title, appearances drawn with paths only (no font), and a
 * Form structure element holding the widget, inside the step's own structure element.
 */
final class CheckboxFields {
    static final String ON = "Yes";
    private static final COSName ON_NAME = COSName.getPDFName(ON);

    void add(PDDocument doc, List<StepMark> marks) throws IOException {
        if (marks.isEmpty()) {
            return;
        }
        PDAcroForm form = AcroForms.of(doc);
        FormElements forms = new FormElements(doc);
        List<PDField> fields = new ArrayList<>(form.getFields());
        for (StepMark mark : marks) {
            PDCheckBox box = checkbox(doc, form, mark);
            PDAnnotationWidget widget = box.getWidgets().get(0);
            tag(forms, mark, widget);
            mark.page().getAnnotations().add(widget);
            mark.page().getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            fields.add(box);
        }
        form.setFields(fields);
    }

    private PDCheckBox checkbox(PDDocument doc, PDAcroForm form, StepMark mark) throws IOException {
        PDCheckBox box = new PDCheckBox(form);
        box.setPartialName(mark.field());
        box.setAlternateFieldName(mark.name());
        box.getCOSObject().setItem(COSName.V, COSName.Off);
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(mark.box());
        widget.setPage(mark.page());
        widget.setPrinted(true);
        widget.setContents(mark.name());
        COSDictionary mkDict = new COSDictionary();
        mkDict.setDirect(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(mkDict);
        mk.setBorderColour(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        widget.setAppearance(appearances(doc, mark.box()));
        widget.setAppearanceState("Off");
        return box;
    }

    private PDAppearanceDictionary appearances(PDDocument doc, PDRectangle rect) throws IOException {
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.Off, appearance(doc, rect, false));
        normal.setItem(ON_NAME, appearance(doc, rect, true));
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setItem(COSName.N, normal);
        // Written inline: poppler (Evince, Okular) draws no checkbox whose /AP is a reference.
        normal.setDirect(true);
        ap.getCOSObject().setDirect(true);
        return ap;
    }

    /** The square, and for the on state a tick: vector paths, so no font is needed. */
    private PDAppearanceStream appearance(PDDocument doc, PDRectangle rect, boolean ticked) throws IOException {
        float w = rect.getWidth();
        float h = rect.getHeight();
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(stream)) {
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(StepBox.LINE_WIDTH);
            float inset = StepBox.LINE_WIDTH / 2;
            cs.addRect(inset, inset, w - StepBox.LINE_WIDTH, h - StepBox.LINE_WIDTH);
            cs.stroke();
            if (ticked) {
                cs.setLineWidth(w * 0.12f);
                cs.moveTo(w * 0.22f, h * 0.52f);
                cs.lineTo(w * 0.42f, h * 0.28f);
                cs.lineTo(w * 0.80f, h * 0.76f);
                cs.stroke();
            }
        }
        return stream;
    }

    /** A Form element with the widget as its only kid, right after the step's heading. */
    private static void tag(FormElements forms, StepMark mark, PDAnnotationWidget widget) {
        insertAfterHeading(mark.section(), forms.formFor(widget, mark.section(), mark.page()));
    }

    private static void insertAfterHeading(PDStructureNode section, PDStructureElement formElement) {
        List<Object> kids = section.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof PDStructureElement e
                    && e.getStructureType().startsWith("H")) {
                if (i + 1 < kids.size()) {
                    section.insertBefore(formElement, kids.get(i + 1));
                } else {
                    section.appendKid(formElement);
                }
                return;
            }
        }
        section.appendKid(formElement);
    }
}
