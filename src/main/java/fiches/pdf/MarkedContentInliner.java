package fiches.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
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
 *
 * <p>The content is scanned as bytes rather than parsed into objects and written back: only
 * the names before {@code BDC} change, and this pass runs on every page of every PDF.
 */
final class MarkedContentInliner {

    void inline(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            COSDictionary properties = resources == null ? null
                    : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                inline(page, resources, properties);
            }
        }
    }

    private void inline(PDPage page, PDResources resources, COSDictionary properties) throws IOException {
        boolean stillNamed = false;
        for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
            PDStream stream = it.next();
            byte[] content;
            try (InputStream in = stream.createInputStream()) {
                content = in.readAllBytes();
            }
            ContentScan scan = new ContentScan(content, properties);
            byte[] rewritten = scan.rewrite();
            stillNamed |= scan.leftNamed();
            if (rewritten != content) {
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(rewritten);
                }
            }
        }
        if (!stillNamed) {
            resources.getCOSObject().removeItem(COSName.PROPERTIES);
        }
    }

    /** One content stream, scanned once: strings and comments skipped, names before BDC replaced. */
    private static final class ContentScan {
        private final byte[] in;
        private final COSDictionary properties;
        private final ByteArrayOutputStream out;
        private int copied;
        private boolean leftNamed;
        private boolean changed;

        ContentScan(byte[] in, COSDictionary properties) {
            this.in = in;
            this.properties = properties;
            this.out = new ByteArrayOutputStream(in.length + in.length / 8);
        }

        boolean leftNamed() {
            return leftNamed;
        }

        /** The rewritten content, or the same array when nothing changed. */
        byte[] rewrite() throws IOException {
            int i = 0;
            while (i < in.length) {
                byte b = in[i];
                if (b == '(') {
                    i = skipLiteral(i);
                } else if (b == '<' && i + 1 < in.length && in[i + 1] != '<') {
                    i = skipTo(i, (byte) '>');
                } else if (b == '%') {
                    i = skipTo(i, (byte) '\n');
                } else if (b == '/') {
                    i = name(i);
                } else if (b == 'D' && i + 1 < in.length && in[i + 1] == 'P' && isOperatorAt(i, 2)) {
                    leftNamed = true; // a DP operator may name a property list too: keep them
                    i += 2;
                } else if (b == 'B' && i + 1 < in.length && in[i + 1] == 'I' && isOperatorAt(i, 2)) {
                    leftNamed = true; // inline image data is binary: leave the rest untouched
                    break;
                } else {
                    i++;
                }
            }
            if (!changed) {
                return in;
            }
            out.write(in, copied, in.length - copied);
            return out.toByteArray();
        }

        /** A name: if a BDC operator follows and the name is a property list, write it inline. */
        private int name(int start) throws IOException {
            int end = start + 1;
            while (end < in.length && !isDelimiter(in[end]) && !isSpace(in[end])) {
                end++;
            }
            int next = end;
            while (next < in.length && isSpace(in[next])) {
                next++;
            }
            boolean bdc = next + 3 <= in.length && in[next] == 'B' && in[next + 1] == 'D' && in[next + 2] == 'C'
                    && isOperatorAt(next, 3);
            if (bdc) {
                COSName key = COSName.getPDFName(new String(in, start + 1, end - start - 1,
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                COSDictionary props = properties.getCOSDictionary(key);
                if (props == null) {
                    leftNamed = true;
                } else {
                    out.write(in, copied, start - copied);
                    writeDirect(props);
                    copied = end;
                    changed = true;
                }
            }
            return end;
        }

        private void writeDirect(COSDictionary props) throws IOException {
            COSDictionary direct = new COSDictionary();
            for (COSName k : props.keySet()) {
                COSBase value = props.getDictionaryObject(k);
                direct.setItem(k, value);
            }
            new ContentStreamWriter(out).writeToken(direct);
        }

        private boolean isOperatorAt(int pos, int length) {
            boolean before = pos == 0 || isSpace(in[pos - 1]) || isDelimiter(in[pos - 1]);
            int after = pos + length;
            return before && (after >= in.length || isSpace(in[after]) || isDelimiter(in[after]));
        }

        private int skipLiteral(int i) {
            int depth = 0;
            for (; i < in.length; i++) {
                byte b = in[i];
                if (b == '\\') {
                    i++;
                } else if (b == '(') {
                    depth++;
                } else if (b == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            return i;
        }

        private int skipTo(int i, byte end) {
            while (i < in.length && in[i] != end) {
                i++;
            }
            return i + 1;
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
        }

        private static boolean isDelimiter(byte b) {
            return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                    || b == '/' || b == '%';
        }
    }
}
