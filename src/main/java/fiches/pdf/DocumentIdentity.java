package fiches.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF a function of its input: dates from the guide's review date instead of the
 * clock, and a document ID from a digest of the guide, its options and the tool version.
 */
final class DocumentIdentity {
    /** When a guide has no date, a fixed one keeps output reproducible. */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    void stamp(PDDocument doc, LocalDate date, String fingerprint, String producer) throws IOException {
        Calendar when = calendar(date == null ? NO_DATE : date);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer(producer);
        info.setCreator(producer);
        rewriteXmpDates(doc, when, producer);
        byte[] id = digest(fingerprint);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void rewriteXmpDates(PDDocument doc, Calendar when, String producer) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try (InputStream in = stream.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            basic.setMetadataDate(when);
            basic.setCreatorTool(producer);
            if (xmp.getAdobePDFSchema() != null) {
                xmp.getAdobePDFSchema().setProducer(producer);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toByteArray());
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("the renderer wrote XMP metadata that cannot be read back", e);
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static byte[] digest(String fingerprint) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
