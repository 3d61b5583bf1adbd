package fiches.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Rewrites {@code /Tag /Prop3 BDC} into {@code /Tag <</MCID 3>> BDC}. The renderer names its
 * marked-content properties in the page resources; viewers such as pdf.js (Firefox) only read
 * an MCID written inline, and without it cannot link the structure tree to any text, so a
 * screen reader hears headings without names and images without descriptions.
 */
final class MarkedContentInliner {
    private static final String BDC = "BDC";

    void inline(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            inline(doc, page);
        }
    }

    private void inline(PDDocument doc, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        COSDictionary properties = resources == null ? null
                : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        boolean stillNamed = false;
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals(BDC)
                    && tokens.get(i - 1) instanceof COSName name) {
                COSDictionary props = properties.getCOSDictionary(name);
                if (props == null) {
                    stillNamed = true;
                } else {
                    tokens.set(i - 1, direct(props));
                }
            } else if (tokens.get(i) instanceof Operator op && op.getName().equals("DP")) {
                stillNamed = true;
            }
        }
        PDStream rewritten = new PDStream(doc);
        try (OutputStream out = rewritten.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(rewritten);
        if (!stillNamed) {
            resources.getCOSObject().removeItem(COSName.PROPERTIES);
        }
    }

    /** A copy whose values are all direct, as an inline dictionary requires. */
    private static COSDictionary direct(COSDictionary props) {
        COSDictionary copy = new COSDictionary();
        for (COSName key : props.keySet()) {
            COSBase value = props.getDictionaryObject(key);
            copy.setItem(key, value);
        }
        return copy;
    }
}
