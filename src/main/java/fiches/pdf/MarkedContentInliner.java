package fiches.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * <p>The renderer also opens an artifact around the background of every box, painted or not;
 * an artifact with nothing inside and no MCID is dropped, which leaves a page's content about a
 * third shorter for every reader to parse.
 *
 * <p>The content is scanned as bytes rather than parsed into objects and written back: only
 * the names before {@code BDC} change, and this pass runs on every page of every PDF.
 */
final class MarkedContentInliner {

    void inline(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            COSDictionary properties =
                    resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
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
        /** Where the last name not followed by BDC starts: the tag of a marked-content sequence. */
        private int lastName = -1;

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

        /**
         * A name: if a BDC operator follows and the name is a property list, write it inline,
         * or drop the whole sequence when it is empty and no structure element points at it.
         */
        private int name(int start) throws IOException {
            int end = nameEnd(start);
            int next = skipSpaces(end);
            boolean bdc = next + 3 <= in.length
                    && in[next] == 'B'
                    && in[next + 1] == 'D'
                    && in[next + 2] == 'C'
                    && isOperatorAt(next, 3);
            if (!bdc) {
                lastName = start;
                return end;
            }
            COSDictionary props = properties.getCOSDictionary(
                    COSName.getPDFName(new String(in, start + 1, end - start - 1, StandardCharsets.ISO_8859_1)));
            if (props == null) {
                leftNamed = true;
                return end;
            }
            int emptyEnd = emptySequenceEnd(skipSpaces(next + 3));
            boolean tagJustBefore = lastName >= copied && skipSpaces(nameEnd(lastName)) == start;
            if (emptyEnd > 0 && tagJustBefore && !props.containsKey(COSName.MCID)) {
                out.write(in, copied, lastName - copied);
                copied = emptyEnd;
                changed = true;
                return emptyEnd;
            }
            out.write(in, copied, start - copied);
            writeDirect(props);
            copied = end;
            changed = true;
            return end;
        }

        /** Just after the EMC at {@code pos}, or -1 when something else comes first. */
        private int emptySequenceEnd(int pos) {
            boolean emc = pos + 3 <= in.length
                    && in[pos] == 'E'
                    && in[pos + 1] == 'M'
                    && in[pos + 2] == 'C'
                    && isOperatorAt(pos, 3);
            return emc ? skipSpaces(pos + 3) : -1;
        }

        private int nameEnd(int start) {
            int end = start + 1;
            while (end < in.length && !isDelimiter(in[end]) && !isSpace(in[end])) {
                end++;
            }
            return end;
        }

        private int skipSpaces(int i) {
            while (i < in.length && isSpace(in[i])) {
                i++;
            }
            return i;
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
