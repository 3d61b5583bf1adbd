package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import fiches.layout.NotesSection;
import java.util.ArrayList;
import java.util.HashMap;
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
 * @param label    the label as the guide gives it: what a screen reader says for its field
 * @param page     the page of the label and its room (a note never breaks across pages)
 * @param room     the room to write, in PDF points from the page's bottom left
 * @param labelTag the label's structure element, where its field is tagged
 * @param textSize the body text's size in points, for what is typed into the field
 */
record NoteMark(int number, String label, PDPage page, PDRectangle room, PDStructureElement labelTag,
                float textSize) {
    private static final Pattern LABELS = Pattern.compile("^" + NotesSection.LABEL_ID + "\\d+$");
    private static final Pattern ROOMS = Pattern.compile("^" + NotesSection.ROOM_ID + "\\d+$");

    static List<NoteMark> find(PdfBoxRenderer renderer, PDDocument pdf, List<String> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<String, PagePosition<Box>> labels = byId(renderer.findPagePositionsByID(LABELS));
        Map<String, PagePosition<Box>> rooms = byId(renderer.findPagePositionsByID(ROOMS));
        List<NoteMark> marks = new ArrayList<>();
        for (int i = 1; i <= notes.size(); i++) {
            PagePosition<Box> label = labels.get(NotesSection.LABEL_ID + i);
            PagePosition<Box> room = rooms.get(NotesSection.ROOM_ID + i);
            PDStructureElement tag = label == null ? null
                    : PdfBoxAccessibilityHelper.getStructualElementForBox(label.getElement());
            if (room == null || tag == null) {
                throw new IllegalStateException("note " + i + " was not laid out");
            }
            // workaround: the renderer exposes no font size in points; the box's style keeps the
            // size it was laid out with, in the renderer's dots.
            float pointsPerDot = label.getWidth() / label.getElement().getWidth();
            float size = label.getElement().getStyle().getFont(null).size * pointsPerDot;
            marks.add(new NoteMark(i, notes.get(i - 1), pdf.getPage(room.getPageNo()),
                    new PDRectangle(room.getX(), room.getY(), room.getWidth(), room.getHeight()), tag, size));
        }
        return marks;
    }

    private static Map<String, PagePosition<Box>> byId(List<PagePosition<Box>> positions) {
        Map<String, PagePosition<Box>> map = new HashMap<>();
        positions.forEach(p -> map.putIfAbsent(p.getId(), p));
        return map;
    }
}
