package fiches.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A small grey picture of a PDF's first page, and its number of pages: what the catalogue shows
 * of a guide beside its facts. The same bytes always give the same picture, whether it is drawn
 * by the run that made them or later from the file.
 *
 * @param png   a PNG of the first page, at {@link #DPI}
 * @param pages the PDF's number of pages
 */
public record FirstPage(byte[] png, int pages) {
    /** Resolution of the picture: an A4 page becomes 198 × 280 pixels, shown at half that for sharpness. */
    public static final float DPI = 24;

    /**
     * How the picture is drawn, counted up when the drawing changes: a catalogue keeps the
     * pictures of unchanged PDFs by this, so that a page made by an older drawing is drawn anew.
     */
    public static final int DRAWING = 2;

    /** The picture of a PDF given as its bytes. */
    public static FirstPage of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return of(doc);
        }
    }

    /** The picture of a PDF already loaded. */
    public static FirstPage of(PDDocument doc) throws IOException {
        return new FirstPage(ThumbnailRenderer.draw(doc.getPage(0), DPI), doc.getNumberOfPages());
    }
}
