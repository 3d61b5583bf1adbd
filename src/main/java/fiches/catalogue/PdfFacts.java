package fiches.catalogue;

import fiches.pdf.FirstPage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

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
    /** The creation date Fiches stamps on a guide that has no review date (see DocumentIdentity). */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    static PdfFacts read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            FirstPage first = FirstPage.of(doc);
            return new PdfFacts(
                    first.pages(),
                    first.png(),
                    orEmpty(info.getTitle()),
                    orEmpty(info.getSubject()),
                    date(info.getCreationDate()));
        }
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
