package fiches.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Gives the marked content of right-to-left text its words as written: {@code /ActualText}.
 * The renderer draws Arabic shaped and in visual order, so its glyphs map back to presentation
 * forms (U+FB50–U+FEFF) read from left to right: « ﺔﻣﺪﺨﻟا » for « الخدمة ». A screen reader, and
 * anything that copies the text, reads a marked-content sequence's {@code /ActualText} instead
 * of its glyphs (ISO 32000-1 14.9.4), so each sequence that holds Arabic gets the logical text,
 * in Unicode letters: the glyphs' Unicode unshaped, then put back in logical order by the
 * inverse bidi algorithm. Runs only on a right-to-left document, after {@link MarkedContentInliner}
 * has written every property list inline.
 */
final class LogicalText {

    void write(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            write(page);
        }
    }

    private void write(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<Object> tokens = new ArrayList<>();
        for (var it = page.getContentStreams(); it.hasNext(); ) {
            PDStream stream = it.next();
            try (InputStream in = stream.createInputStream()) {
                tokens.addAll(new PDFStreamParser(in.readAllBytes()).parse());
            }
        }
        if (!describe(tokens, resources)) {
            return;
        }
        PDStream rewritten = new PDStream(new org.apache.pdfbox.cos.COSStream());
        try (OutputStream out = rewritten.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(rewritten);
    }

    /** A marked-content sequence being read: its inline properties and the text shown so far. */
    private record Sequence(COSDictionary properties, StringBuilder text) {}

    /** Adds the logical text to each sequence that needs it; whether any did. */
    private static boolean describe(List<Object> tokens, PDResources resources) throws IOException {
        Deque<Sequence> open = new ArrayDeque<>();
        PDFont font = null;
        boolean changed = false;
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "BDC" ->
                    open.push(new Sequence(
                            operands.size() == 2 && operands.get(1) instanceof COSDictionary d ? d : null,
                            new StringBuilder()));
                case "BMC" -> open.push(new Sequence(null, new StringBuilder()));
                case "EMC" -> {
                    if (!open.isEmpty()) {
                        Sequence s = open.pop();
                        if (s.properties() != null && s.properties().containsKey(COSName.MCID)) {
                            String visual = s.text().toString();
                            if (isRightToLeft(visual)) {
                                s.properties().setString(COSName.ACTUAL_TEXT, logical(visual));
                                changed = true;
                            }
                        }
                        if (!open.isEmpty()) {
                            open.peek().text().append(s.text());
                        }
                    }
                }
                case "Tf" ->
                    font = operands.isEmpty() || !(operands.get(0) instanceof COSName name)
                            ? font
                            : resources.getFont(name);
                case "Tj", "'", "\"" -> {
                    if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSString s) {
                        append(open, font, s);
                    }
                }
                case "TJ" -> {
                    if (!operands.isEmpty() && operands.get(0) instanceof COSArray array) {
                        for (COSBase item : array) {
                            if (item instanceof COSString s) {
                                append(open, font, s);
                            }
                        }
                    }
                }
                default -> {}
            }
            operands.clear();
        }
        return changed;
    }

    private static void append(Deque<Sequence> open, PDFont font, COSString shown) throws IOException {
        if (open.isEmpty() || font == null) {
            return;
        }
        StringBuilder text = open.peek().text();
        InputStream in = new ByteArrayInputStream(shown.getBytes());
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode != null) {
                text.append(unicode);
            }
        }
    }

    private static boolean isRightToLeft(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    /** Text drawn from left to right, shaped, as it was written: letters unjoined, logical order. */
    static String logical(String visual) {
        String letters;
        try {
            letters = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE
                            | ArabicShaping.TEXT_DIRECTION_VISUAL_LTR
                            | ArabicShaping.LENGTH_GROW_SHRINK)
                    .shape(visual);
        } catch (ArabicShapingException e) {
            letters = visual;
        }
        Bidi bidi = new Bidi();
        bidi.setInverse(true);
        bidi.setPara(letters, Bidi.RTL, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
