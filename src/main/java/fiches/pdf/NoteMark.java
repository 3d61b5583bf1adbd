package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import fiches.guide.Guide;
import fiches.layout.NotesSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Where the room to write under a note label lies once the pages are made.
 *
 * @param number   the label's place in the guide's {@code notes:}, from 1
 * @param name     its field's name, {@code note-2}; a book prefixes it with its guide's (see BookFields)
 * @param label    the label as the guide gives it: what a screen reader says for its field
 * @param page     the page of the label and its room (a note never breaks across pages)
 * @param room     the room to write, in PDF points from the page's bottom left
 * @param labelTag the label's structure element, where its field is tagged
 * @param textSize the body text's size in points, for what is typed into the field
 */
record NoteMark(
        int number,
        String name,
        String label,
        PDPage page,
        PDRectangle room,
        PDStructureElement labelTag,
        float textSize) {
    /** A text field's name is this and the label's number. */
    private static final String FIELD = "note-";

    private static final Pattern LABELS = Pattern.compile("^" + NotesSection.LABEL_ID + "\\d+$");
    private static final Pattern ROOMS = Pattern.compile("^" + NotesSection.ROOM_ID + "\\d+$");

    /** The room to write of the document's guide, in the order of its labels; none without a guide. */
    static List<NoteMark> find(PdfBoxRenderer renderer, PDDocument pdf, Optional<Guide> guide) {
        List<String> notes = guide.map(g -> g.meta().notes()).orElse(List.of());
        if (notes.isEmpty()) {
            return List.of(); // spares the two searches below: each walks every box of the document
        }
        Map<String, PagePosition<Box>> labels = BoxPositions.byId(renderer.findPagePositionsByID(LABELS));
        Map<String, PagePosition<Box>> rooms = BoxPositions.byId(renderer.findPagePositionsByID(ROOMS));
        List<NoteMark> marks = new ArrayList<>();
        for (int i = 1; i <= notes.size(); i++) {
            PagePosition<Box> label = labels.get(NotesSection.LABEL_ID + i);
            PagePosition<Box> room = rooms.get(NotesSection.ROOM_ID + i);
            PDStructureElement tag =
                    label == null ? null : PdfBoxAccessibilityHelper.getStructualElementForBox(label.getElement());
            if (room == null || tag == null) {
                throw new IllegalStateException("note " + i + " was not laid out");
            }
            float size = BoxPositions.fontSize(label);
            marks.add(new NoteMark(
                    i,
                    FIELD + i,
                    notes.get(i - 1),
                    pdf.getPage(room.getPageNo()),
                    new PDRectangle(room.getX(), room.getY(), room.getWidth(), room.getHeight()),
                    tag,
                    size));
        }
        return marks;
    }
}
