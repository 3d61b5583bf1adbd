package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import fiches.layout.Chapter;
import fiches.layout.Ids;
import fiches.layout.NotesSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Where the room to write under a note label lies once the pages are made.
 *
 * @param number   the label's place in the guide's {@code notes:}, from 1
 * @param name     its field's name, {@code note-2}, after the guide's id prefix in a book
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
    /** A text field's name is this and the label's number, after the guide's id prefix in a book. */
    private static final String FIELD = "note-";

    private static final Pattern LABELS = Pattern.compile("^(?:g\\d+-)?" + NotesSection.LABEL_ID + "\\d+$");
    private static final Pattern ROOMS = Pattern.compile("^(?:g\\d+-)?" + NotesSection.ROOM_ID + "\\d+$");

    /** The room to write of every guide of a document, in the guides' order. */
    static List<NoteMark> find(PdfBoxRenderer renderer, PDDocument pdf, List<Chapter> chapters) {
        if (chapters.stream().allMatch(c -> c.guide().meta().notes().isEmpty())) {
            return List.of();
        }
        // Each search walks every box of the document: once for all the guides of a book.
        Map<String, PagePosition<Box>> labels = BoxPositions.byId(renderer.findPagePositionsByID(LABELS));
        Map<String, PagePosition<Box>> rooms = BoxPositions.byId(renderer.findPagePositionsByID(ROOMS));
        List<NoteMark> marks = new ArrayList<>();
        for (Chapter chapter : chapters) {
            marks.addAll(find(labels, rooms, pdf, chapter.guide().meta().notes(), chapter.ids()));
        }
        return marks;
    }

    private static List<NoteMark> find(
            Map<String, PagePosition<Box>> labels,
            Map<String, PagePosition<Box>> rooms,
            PDDocument pdf,
            List<String> notes,
            Ids ids) {
        List<NoteMark> marks = new ArrayList<>();
        for (int i = 1; i <= notes.size(); i++) {
            PagePosition<Box> label = labels.get(ids.of(NotesSection.LABEL_ID + i));
            PagePosition<Box> room = rooms.get(ids.of(NotesSection.ROOM_ID + i));
            PDStructureElement tag =
                    label == null ? null : PdfBoxAccessibilityHelper.getStructualElementForBox(label.getElement());
            if (room == null || tag == null) {
                throw new IllegalStateException("note " + i + " was not laid out");
            }
            float size = BoxPositions.fontSize(label);
            marks.add(new NoteMark(
                    i,
                    ids.of(FIELD + i),
                    notes.get(i - 1),
                    pdf.getPage(room.getPageNo()),
                    new PDRectangle(room.getX(), room.getY(), room.getWidth(), room.getHeight()),
                    tag,
                    size));
        }
        return marks;
    }
}
