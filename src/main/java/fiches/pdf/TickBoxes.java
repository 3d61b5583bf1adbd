package fiches.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prints an empty square beside each step title for the reader to tick with a pen. It is page
 * furniture, marked as an artifact, so a screen reader does not announce it.
 */
final class TickBoxes {
    /** Each page's contents before the boxes were drawn on it. */
    private final PageSnapshots before = new PageSnapshots();

    void draw(PDDocument doc, List<StepMark> marks) throws IOException {
        for (StepMark mark : marks) {
            before.keep(mark.page());
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, mark.page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setStrokingColor(0f, 0f, 0f);
                cs.setLineWidth(StepBox.LINE_WIDTH);
                PDRectangle r = mark.box();
                float inset = StepBox.LINE_WIDTH / 2;
                cs.addRect(
                        r.getLowerLeftX() + inset,
                        r.getLowerLeftY() + inset,
                        r.getWidth() - StepBox.LINE_WIDTH,
                        r.getHeight() - StepBox.LINE_WIDTH);
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
