package fiches.pdf;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints the book's page number, « Recueil, page 37 », under each page's own footer, on the
 * outer side: the right of a right-hand page, the left of a left-hand one, where a thumb finds it
 * in a binder. The guide's footer above it keeps its own « page 2 sur 5 », which is what a
 * visitor given that one guide needs. The cover has none. It is a pagination artifact.
 */
final class Folios {
    /** Where the baseline sits, in points from the bottom of the page: under the guide's footer. */
    private static final float BASELINE = 7.5f * BoxPositions.POINTS_PER_MM;
    /** The text's side edges, in points from the page's edges: the page margins. */
    private static final float SIDE = 20f * BoxPositions.POINTS_PER_MM;

    private final PDFont font;
    private final float size;
    private final IntFunction<String> text;

    /**
     * @param size the text's size in points
     * @param text the words for a page number
     */
    Folios(PDFont font, float size, IntFunction<String> text) {
        this.font = font;
        this.size = size;
        this.text = text;
    }

    /** @param pages the book's pages, in order */
    void draw(PDDocument book, List<PDPage> pages) throws IOException {
        for (int n = 2; n <= pages.size(); n++) {
            draw(book, pages.get(n - 1), n);
        }
    }

    private void draw(PDDocument book, PDPage page, int number) throws IOException {
        String words = text.apply(number);
        float width = font.getStringWidth(words) / 1000f * size;
        float x = number % 2 == 1 ? page.getMediaBox().getWidth() - SIDE - width : SIDE;
        try (PDPageContentStream cs =
                new PDPageContentStream(book, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            properties.setName(COSName.SUBTYPE, "Footer");
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, BASELINE);
            cs.showText(words);
            cs.endText();
            cs.endMarkedContent();
        }
    }
}
