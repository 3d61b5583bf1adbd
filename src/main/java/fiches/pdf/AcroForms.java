package fiches.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/** The document's one interactive form, shared by the step checkboxes and the note fields. */
final class AcroForms {
    private AcroForms() {}

    /**
     * The form, made when missing. Read without PDFBox's fix-ups, which would add default
     * resources naming fonts that are not embedded.
     */
    static PDAcroForm of(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDAcroForm form = catalog.getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(doc);
            catalog.setAcroForm(form);
        }
        return form;
    }
}
