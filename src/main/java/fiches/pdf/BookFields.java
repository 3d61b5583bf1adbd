package fiches.pdf;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The book's form: every guide's checkboxes and note fields, each name prefixed with its guide's
 * (« g3-etape-2 »), so that no two fields of the book share a name. The merger is given no form to
 * merge: it would look each field up by name across the whole book at every guide, and fix the
 * forms up with fonts that are not embedded. The book's form is made once all pages are in, from
 * the widgets on them, as a single guide's is.
 */
final class BookFields {
    private BookFields() {}

    /**
     * Before a guide is appended: its fields get its prefix, and its form is left out.
     *
     * @param n the guide's number in the book, from 1
     */
    static void prepare(PDDocument guide, int n) {
        String prefix = "g" + n + "-";
        PDAcroForm own = guide.getDocumentCatalog().getAcroForm(null);
        if (own == null) {
            return;
        }
        for (PDField field : own.getFields()) {
            field.setPartialName(prefix + field.getPartialName());
        }
        guide.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
    }

    /**
     * The book's form: the fields of the widgets on its pages, in page order; when some are note
     * fields, the body font they are set in, embedded whole.
     *
     * @param font the body font's TrueType file
     */
    static void gather(PDDocument book, List<PDPage> pages, byte[] font) throws IOException {
        Set<COSDictionary> fields = new LinkedHashSet<>();
        boolean text = false;
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                COSDictionary field = top(annotation.getCOSObject());
                if (field != null) {
                    fields.add(field);
                    text |= COSName.TX.equals(field.getCOSName(COSName.FT));
                }
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        PDAcroForm form = AcroForms.of(book);
        COSArray array = new COSArray();
        fields.forEach(array::add);
        form.getCOSObject().setItem(COSName.FIELDS, array);
        if (text) {
            form.setDefaultResources(NoteFields.resources(book, font));
        }
    }

    /** The field a widget belongs to, up to its top-level ancestor; null for an annotation of no field. */
    private static COSDictionary top(COSDictionary annotation) {
        COSDictionary field =
                annotation.containsKey(COSName.FT) || annotation.containsKey(COSName.T) ? annotation : null;
        for (COSDictionary d = annotation; d.getCOSDictionary(COSName.PARENT) != null; ) {
            d = d.getCOSDictionary(COSName.PARENT);
            field = d;
        }
        return field;
    }
}
