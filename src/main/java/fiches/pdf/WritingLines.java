package fiches.pdf;

import fiches.layout.NotesSection;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prints the writing lines under each note label of the handout, evenly spaced down its room,
 * each at the bottom of its share. Page furniture, marked as an artifact: the label says what
 * to write, the lines are only where.
 */
final class WritingLines {
    /** Dark enough to survive a photocopier, light enough not to read as a rule between sections. */
    static final float LINE_WIDTH = 1f;

    /** Each page's contents before the lines were drawn on it. */
    private final PageSnapshots before = new PageSnapshots();

    void draw(PDDocument doc, List<NoteMark> marks) throws IOException {
        for (NoteMark mark : marks) {
            before.keep(mark.page());
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, mark.page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setStrokingColor(0f, 0f, 0f);
                cs.setLineWidth(LINE_WIDTH);
                PDRectangle r = mark.room();
                float spacing = r.getHeight() / NotesSection.LINES;
                for (int i = 1; i <= NotesSection.LINES; i++) {
                    float y = r.getUpperRightY() - i * spacing + LINE_WIDTH / 2;
                    cs.moveTo(r.getLowerLeftX(), y);
                    cs.lineTo(r.getUpperRightX(), y);
                }
                cs.stroke();
                cs.endMarkedContent();
            }
        }
    }

    /** Puts the pages back as they were, so that the same document can become another edition. */
    void erase() {
        before.restore();
    }
}
