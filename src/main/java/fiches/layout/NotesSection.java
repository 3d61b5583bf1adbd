package fiches.layout;

import fiches.product.Labels;
import fiches.product.Typography;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The room to write at the end of the guide, after the steps and the questions: « Mes notes »,
 * then each label of the guide's
 * {@code notes:} above an empty block where the PDF stage draws writing lines (handout) or
 * puts a text field (accessible edition).
 */
public final class NotesSection {
    /** Ids the PDF stage looks for: each label's paragraph, and the room under it. */
    public static final String LABEL_ID = "note-";

    public static final String ROOM_ID = "note-room-";
    /** The writing lines under each label. */
    public static final int LINES = 2;
    /**
     * The room each line takes, in em of the body text: 14.6 mm at the smallest print size, above
     * the 12 mm handwriting needs, and larger with the print, as a reader's handwriting is.
     */
    static final float LINE_EM = 2.2f;

    private NotesSection() {}

    static void write(Xhtml x, Element body, List<String> notes, Labels labels, Typography t) {
        if (notes.isEmpty()) {
            return;
        }
        Element sect = x.add(body, "section", "notes");
        sect.setAttribute("id", "notes");
        // The title stays on the page of the first label and its lines.
        Element keep = x.add(sect, "div", "heading-group");
        x.addText(keep, "h2", labels.notesTitle());
        for (int i = 0; i < notes.size(); i++) {
            Element note = x.add(i == 0 ? keep : sect, "div", "note");
            Element label = x.addText(note, "p", t.apply(notes.get(i)));
            label.setAttribute("class", "note-label");
            label.setAttribute("id", LABEL_ID + (i + 1));
            Element room = x.add(note, "div", "note-room");
            room.setAttribute("id", ROOM_ID + (i + 1));
            room.setAttribute("style", String.format(Locale.ROOT, "height: %.2fem", LINES * LINE_EM));
        }
    }
}
