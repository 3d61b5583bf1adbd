package fiches.pdf;

import com.ibm.icu.text.Bidi;
import fiches.product.TextDirection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One line of text that a post-pass draws itself (a « (suite) » reminder, a book's folio), as
 * the renderer would: in a right-to-left line, ordered by the Unicode bidirectional algorithm and
 * with its Arabic letters joined, each character in the first of the fonts that has it. A
 * left-to-right line in a font that has all its letters is drawn as it is.
 */
final class VisualLine {
    /** A piece of the line in one font, in the order it is drawn from the left. */
    private record Run(String text, PDFont font) {}

    private final List<Run> runs;
    private final float size;

    private VisualLine(List<Run> runs, float size) {
        this.runs = runs;
        this.size = size;
    }

    /** @param fonts the fonts to draw with, the first that has a character drawing it */
    static VisualLine of(String logical, TextDirection direction, List<PDFont> fonts, float size) {
        String visual = logical;
        if (direction.isRightToLeft()) {
            String shaped = new ArabicShaper().shapeText(logical);
            visual = new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            PDFont font = fontFor(ch, fonts);
            if (font != current && run.length() > 0) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.append(ch);
            i += ch.length();
        }
        if (run.length() > 0) {
            runs.add(new Run(run.toString(), current));
        }
        return new VisualLine(runs, size);
    }

    private static PDFont fontFor(String ch, List<PDFont> fonts) {
        for (PDFont font : fonts) {
            try {
                font.encode(ch);
                return font;
            } catch (IOException | IllegalArgumentException e) {
                // not in this font: try the next
            }
        }
        return fonts.get(0); // none has it: the check before layout has said so
    }

    /** The line's width in points. */
    float width() throws IOException {
        float total = 0;
        for (Run r : runs) {
            total += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return total;
    }

    /** Draws the line from {@code x}, on the baseline {@code y}, inside a text object the caller opened. */
    void show(PDPageContentStream cs, float x, float y) throws IOException {
        for (int i = 0; i < runs.size(); i++) {
            cs.setFont(runs.get(i).font(), size);
            if (i == 0) {
                cs.newLineAtOffset(x, y);
            }
            cs.showText(runs.get(i).text());
        }
    }
}
