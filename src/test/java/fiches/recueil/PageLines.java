package fiches.recueil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.pdf.PdfText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of a book's pages with where they stand, to check where its page numbers are printed. */
final class PageLines {
    private PageLines() {}

    /** A line of a page, with its extent in points from the top left of the page. */
    record Line(int page, String text, float left, float right, float top, float bottom) {}

    static List<Line> all(PDDocument doc) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                float left = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE, bottom = 0;
                for (TextPosition g : glyphs) {
                    // the font's ascent and descent, so that accents and descenders count
                    var font = g.getFont().getFontDescriptor();
                    float size = g.getFontSizeInPt() / 1000f;
                    left = Math.min(left, g.getXDirAdj());
                    right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                    top = Math.min(top, g.getYDirAdj() - font.getAscent() * size);
                    bottom = Math.max(bottom, g.getYDirAdj() - font.getDescent() * size);
                }
                lines.add(new Line(getCurrentPageNo(), PdfText.normalize(text), left, right, top, bottom));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return lines;
    }

    /**
     * Every page but the first has a line starting with {@code folio} on its outer side (the right
     * of an odd page, the left of an even one), below every other line of the page.
     */
    static void assertFoliosOnTheOuterSideUnderAllElse(PDDocument doc, String folio) throws IOException {
        List<Line> lines = all(doc);
        for (int n = 2; n <= doc.getNumberOfPages(); n++) {
            int page = n;
            Line number = lines.stream()
                    .filter(l -> l.page() == page && l.text().startsWith(folio))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("page " + page + " has no number"));
            float width = doc.getPage(n - 1).getMediaBox().getWidth();
            if (n % 2 == 1) {
                assertTrue(number.right() > width - 60, "page " + n + " is right-hand: " + number);
            } else {
                assertTrue(number.left() < 60, "page " + n + " is left-hand: " + number);
            }
            lines.stream()
                    .filter(l -> l.page() == page && l != number)
                    .forEach(l -> assertTrue(
                            l.bottom() < number.top(), "page " + page + ": « " + l.text() + " » runs into " + number));
        }
    }
}
