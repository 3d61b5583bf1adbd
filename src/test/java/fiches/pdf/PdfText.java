package fiches.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF shows as text: each glyph with its rendered size, and each page's lines. */
public final class PdfText {

    /** A glyph as drawn: its text and its size on the page, in points. */
    record Glyph(String text, float size, int page) {}

    private PdfText() {}

    /** The rendered size comes from the text rendering matrix, so it includes every scaling. */
    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(text.getUnicode(), text.getTextMatrix().getScalingFactorY(), getCurrentPageNo()));
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return glyphs;
    }

    /** Each page's text, top to bottom. */
    public static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // top to bottom, as the page is read
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    /** Every kind of space made one plain space, so texts compare as a reader sees them. */
    public static String normalize(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009]+", " ").strip();
    }
}
