package fiches.pdf;

import fiches.layout.Ids;
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
 * (« g3-etape-2 »), so no two fields of the book share a name and none is renamed by the merger.
 */
final class BookFields {
    private BookFields() {}

    /**
     * Prefixes a guide's field names before its pages are bound. The first form is copied whole
     * into the book, with its resources; later ones are left to {@link #gather}, because the merger
     * looks each field up by name across the whole book, which grows with every guide.
     */
    static void prepare(PDDocument book, PDDocument guide, Ids ids) {
        PDAcroForm form = guide.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFields()) {
            field.setPartialName(ids.of(field.getPartialName()));
        }
        if (book.getDocumentCatalog().getCOSObject().containsKey(COSName.ACRO_FORM)) {
            guide.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
        }
    }

    /** The book's fields: those of the widgets on its pages, in page order. */
    static void gather(PDDocument book, List<PDPage> pages) throws IOException {
        COSDictionary form = book.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
        if (form == null) {
            return;
        }
        Set<COSDictionary> fields = new LinkedHashSet<>();
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                COSDictionary field = top(annotation.getCOSObject());
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        COSArray array = new COSArray();
        fields.forEach(array::add);
        form.setItem(COSName.FIELDS, array);
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
