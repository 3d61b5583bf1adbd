package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** The marked-content pass changes the names before BDC, and nothing else. */
class MarkedContentInlinerTest {

    @Test
    void writesTheMcidInlineAndLeavesStringsAlone() throws IOException {
        String result = inline("BT (/P1 BDC \\) /P1 BDC) Tj ET /Span /P1 BDC EMC <2F50312042444320> Tj");
        assertEquals(
                "BT (/P1 BDC \\) /P1 BDC) Tj ET /Span <</MCID 7 >> BDC EMC <2F50312042444320> Tj",
                result.replaceAll("\\s+", " ").strip());
    }

    @Test
    void dropsAnEmptyArtifactButKeepsOneThatDrawsSomething() throws IOException {
        String result = inline("q /Artifact /A1 BDC\nEMC /Artifact /A1 BDC 0 0 m 1 1 l S EMC Q");
        assertEquals(
                "q /Artifact <</Type /Background >> BDC 0 0 m 1 1 l S EMC Q",
                result.replaceAll("\\s+", " ").strip());
    }

    @Test
    void keepsAnEmptySequenceThatTheStructureTreePointsAt() throws IOException {
        String result = inline("/Span /P1 BDC EMC");
        assertEquals(
                "/Span <</MCID 7 >> BDC EMC", result.replaceAll("\\s+", " ").strip());
    }

    @Test
    void keepsThePropertyListsWhenADpOperatorStillNamesOne() throws IOException {
        try (PDDocument doc = page("/Span /P1 BDC EMC /Tag /P1 DP")) {
            new MarkedContentInliner().inline(doc);
            assertNotNull(doc.getPage(0).getResources().getCOSObject().getDictionaryObject(COSName.PROPERTIES));
        }
    }

    private static String inline(String content) throws IOException {
        try (PDDocument doc = page(content)) {
            new MarkedContentInliner().inline(doc);
            PDPage page = doc.getPage(0);
            assertNull(page.getResources().getCOSObject().getDictionaryObject(COSName.PROPERTIES));
            try (InputStream in = page.getContents()) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }
    }

    private static PDDocument page(String content) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, 7);
        COSDictionary list = new COSDictionary();
        list.setItem(COSName.getPDFName("P1"), props);
        COSDictionary background = new COSDictionary();
        background.setItem(COSName.TYPE, COSName.BACKGROUND);
        list.setItem(COSName.getPDFName("A1"), background);
        PDResources res = new PDResources();
        res.getCOSObject().setItem(COSName.PROPERTIES, list);
        page.setResources(res);
        return doc;
    }
}
