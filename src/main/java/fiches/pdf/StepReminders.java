package fiches.pdf;

import fiches.product.TextDirection;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints « Étape 3 (suite) » in the top margin of each page a step runs on to, so that a reader
 * who ticked the box does not stop at the bottom of the page. It repeats what the step title
 * says, so it is a pagination artifact: a screen reader does not read it twice.
 */
final class StepReminders {
    /** Where the reminder's baseline sits: this far above the top of the text area, in points. */
    private static final float ABOVE_TEXT = 4f;

    /**
     * A page a step runs on to.
     *
     * @param page the page
     * @param text « Étape 3 (suite) »
     */
    record Reminder(PDPage page, String text) {}

    private final List<PDFont> fonts;
    private final float size;
    private final float left;
    private final float width;
    private final float textTop;
    private final TextDirection direction;

    /**
     * @param fonts     the bold faces to draw with, the first that has a letter drawing it
     * @param size      the body text's size in points
     * @param left      the left edge of the text, in points from the page's left
     * @param width     the width of the text column, in points
     * @param textTop   the top of the text area, in points from the page's top
     * @param direction the guide's: a right-to-left reminder ends at the column's right edge
     */
    StepReminders(List<PDFont> fonts, float size, float left, float width, float textTop, TextDirection direction) {
        this.fonts = fonts;
        this.size = size;
        this.left = left;
        this.width = width;
        this.textTop = textTop;
        this.direction = direction;
    }

    void draw(PDDocument doc, List<Reminder> reminders) throws IOException {
        for (Reminder r : reminders) {
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, r.page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
                COSDictionary properties = new COSDictionary();
                properties.setName(COSName.TYPE, "Pagination");
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.beginText();
                VisualLine line = VisualLine.of(r.text(), direction, fonts, size);
                float x = direction.startOf(left, width, line.width());
                line.show(cs, x, r.page().getMediaBox().getHeight() - textTop + ABOVE_TEXT);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
