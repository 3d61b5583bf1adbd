package fiches.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of text of each page as a reader sees them, top to bottom, with where they sit. */
final class PageLines {

    /**
     * A line of text.
     *
     * @param page   its page, from 1
     * @param text   its text, spaces made plain
     * @param top    the top of its tallest glyph, in points from the top of the page
     * @param bottom its baseline, in points from the top of the page
     * @param size   the size of its largest glyph, in points
     */
    record Line(int page, String text, float top, float bottom, float size) {
        /** The middle of the line in PDF user space (y upwards), for a page of the given height. */
        double middleY(float pageHeight) {
            return pageHeight - (top + bottom) / 2;
        }
    }

    private PageLines() {}

    /** Every page's lines, in reading order. */
    static List<List<Line>> of(PDDocument doc) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            pages.add(page(doc, i));
        }
        return pages;
    }

    private static List<Line> page(PDDocument doc, int number) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                current.addAll(positions);
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writePageEnd() {
                flush();
            }

            private void flush() {
                if (!current.isEmpty()) {
                    lines.add(line(number, current));
                    current.clear();
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(doc);
        return lines;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        float top = Float.MAX_VALUE;
        float bottom = 0;
        float size = 0;
        TextPosition previous = null;
        for (TextPosition g : glyphs) {
            // A gap wider than a third of the glyph is a space the stripper did not write.
            if (previous != null
                    && g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > g.getWidthOfSpace() / 3
                    && !text.toString().endsWith(" ")) {
                text.append(' ');
            }
            text.append(g.getUnicode());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
            size = Math.max(size, g.getTextMatrix().getScalingFactorY());
            previous = g;
        }
        return new Line(page, PdfText.normalize(text.toString()), top, bottom, size);
    }
}
