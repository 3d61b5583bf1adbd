package fiches.pdf;

import fiches.util.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;

/**
 * Makes a PDF a function of its input: dates from the guide's review date instead of the
 * clock, and a document ID from a digest of the guide, its options and the tool version.
 */
final class DocumentIdentity {
    /** When a guide has no date, a fixed one keeps output reproducible. */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private static final Pattern CREATE_DATE = Pattern.compile("(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)");

    /** The creation date, in the document information and the XMP packet alike, as PDF/A wants. */
    void date(PDDocument doc, LocalDate date) throws IOException {
        Calendar when = calendar(date == null ? NO_DATE : date);
        doc.getDocumentInformation().setCreationDate(when);
        replaceXmpCreateDate(doc, when);
    }

    /** The document ID: one per edition, derived from what the edition was made from. */
    void id(PDDocument doc, String fingerprint) {
        byte[] id = digest(fingerprint);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * The renderer copies the clock's time into the XMP packet, where PDF/A wants the same date
     * as the document information. Only that one element changes, so a text replacement is
     * enough, and far cheaper than parsing and serialising the packet again.
     */
    private static void replaceXmpCreateDate(PDDocument doc, Calendar when) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        String xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String stamped = CREATE_DATE
                .matcher(xmp)
                .replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(DateConverter.toISO8601(when)) + "$2");
        if (stamped.equals(xmp) && !xmp.contains(DateConverter.toISO8601(when))) {
            throw new IOException("the renderer's XMP packet has no creation date to replace");
        }
        stream.importXMPMetadata(stamped.getBytes(StandardCharsets.UTF_8));
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static byte[] digest(String fingerprint) {
        return Arrays.copyOf(new Digest().text(fingerprint).value(), 16);
    }
}
