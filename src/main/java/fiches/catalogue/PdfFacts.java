package fiches.catalogue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.ImageType;

/**
 * What the catalogue shows of a PDF that Fiches made: its number of pages, a small grey picture of
 * its first page, and the title, summary and date it was stamped with (which is all there is to
 * tell of an older edition whose guide failed in this run).
 *
 * @param pages       its number of pages
 * @param thumbnail   a PNG of its first page
 * @param title       its document title, empty when it has none
 * @param description its subject, empty when it has none
 * @param date        its creation date: the guide's review date, absent for a guide without one
 */
record PdfFacts(int pages, byte[] thumbnail, String title, String description, Optional<LocalDate> date) {
    /** Resolution of the picture: an A4 page becomes 198 × 281 pixels, shown at half that for sharpness. */
    static final float THUMBNAIL_DPI = 24;
    /** The creation date Fiches stamps on a guide that has no review date (see DocumentIdentity). */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    static PdfFacts read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            return new PdfFacts(doc.getNumberOfPages(), thumbnail(doc), orEmpty(info.getTitle()),
                    orEmpty(info.getSubject()), date(info.getCreationDate()));
        }
    }

    private static byte[] thumbnail(PDDocument doc) throws IOException {
        BufferedImage page = new ThumbnailRenderer(doc).renderImageWithDPI(0, THUMBNAIL_DPI, ImageType.GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        return png.toByteArray();
    }

    private static Optional<LocalDate> date(Calendar when) {
        if (when == null) {
            return Optional.empty();
        }
        LocalDate day = when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return day.equals(NO_DATE) ? Optional.empty() : Optional.of(day);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
