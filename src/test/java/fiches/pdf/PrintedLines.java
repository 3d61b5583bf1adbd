package fiches.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** The lines of a PDF as a reader sees them, page by page, and the words on them. */
final class PrintedLines {
    private static final String SPACES = "[\\s\\u00A0\\u202F\\u2007\\u2009]+";
    private static final float MM = 72f / 25.4f;
    /** The bottom margin of the page, where the running footer is printed. */
    static final float FOOTER_MARGIN = 30 * MM;

    private PrintedLines() {}

    /** Each page's lines, top to bottom, without their outer spaces; blank lines dropped. */
    static List<List<String>> of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<List<String>> pages = new ArrayList<>();
            for (String page : PdfText.pages(doc)) {
                pages.add(lines(page));
            }
            return pages;
        }
    }

    /** The lines printed in each page's bottom margin: the footer, and nothing else. */
    static List<List<String>> footers(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<List<String>> footers = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.setSortByPosition(true);
                float height = page.getMediaBox().getHeight();
                area.addRegion(
                        "footer",
                        new Rectangle2D.Float(
                                0,
                                height - FOOTER_MARGIN + 1,
                                page.getMediaBox().getWidth(),
                                FOOTER_MARGIN - 1));
                area.extractRegions(page);
                footers.add(lines(area.getTextForRegion("footer")));
            }
            return footers;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(PrintedLines::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    static String strip(String s) {
        return s.replaceAll("^" + SPACES, "").replaceAll(SPACES + "$", "");
    }

    /** The words of a text: cut at every kind of space, without the punctuation around them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split(SPACES)) {
            String w = token.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
