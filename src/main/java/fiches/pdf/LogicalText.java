package fiches.pdf;

import com.ibm.icu.text.Bidi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
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
 * in Unicode letters: the glyphs' Unicode unshaped (see {@link #logical}), then put back in logical order by the
 * inverse bidi algorithm. Runs only on a right-to-left document, after {@link MarkedContentInliner}
 * has written every property list inline.
 */
final class LogicalText {
    private final DocumentFonts fonts;

    /** @param fonts the document's fonts, whose files say which character each glyph is */
    LogicalText(DocumentFonts fonts) {
        this.fonts = fonts;
    }

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

    /** The last sequence with an MCID that showed text, its words for a reader, and the baseline it ended on. */
    private record Shown(COSDictionary properties, String words, float baseline, float x) {}

    /** Adds the logical text to each sequence that needs it; whether any did. */
    private boolean describe(List<Object> tokens, PDResources resources) throws IOException {
        Deque<Sequence> open = new ArrayDeque<>();
        PDFont font = null;
        boolean changed = false;
        List<COSBase> operands = new ArrayList<>();
        float baseline = Float.NaN;
        float x = Float.NaN;
        float sequenceX = Float.NaN;
        // The sequences of the line being read; the leftmost ends it, in a right-to-left line.
        List<Shown> line = new ArrayList<>();
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
                            String words = visual;
                            if (isRightToLeft(visual)) {
                                words = logical(visual);
                                s.properties().setString(COSName.ACTUAL_TEXT, words);
                                changed = true;
                            }
                            if (!visual.isEmpty()) {
                                line.add(new Shown(s.properties(), words, baseline, sequenceX));
                            }
                            sequenceX = Float.NaN;
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
                case "Tm" -> {
                    if (operands.size() == 6
                            && operands.get(4) instanceof org.apache.pdfbox.cos.COSNumber left
                            && operands.get(5) instanceof org.apache.pdfbox.cos.COSNumber y) {
                        baseline = y.floatValue();
                        x = left.floatValue();
                        if (Float.isNaN(sequenceX) || x < sequenceX) {
                            sequenceX = x;
                        }
                        // A new line: the renderer drops the space that ended the last one, at the
                        // left end of a right-to-left line, so a reader would run the last word of a
                        // line and the first of the next together. It is given back.
                        if (!line.isEmpty() && line.get(line.size() - 1).baseline() != baseline) {
                            changed |= spaceAtTheEnd(line);
                            line.clear();
                        }
                    }
                }
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
        changed |= spaceAtTheEnd(line);
        return changed;
    }

    /** Gives a space to the sequence that ends a line (its leftmost) when its words end without one. */
    private static boolean spaceAtTheEnd(List<Shown> line) {
        Shown end = line.stream()
                .filter(s -> !Float.isNaN(s.x()))
                .min(java.util.Comparator.comparingDouble(Shown::x))
                .orElse(null);
        if (end == null
                || end.words().isBlank()
                || Character.isWhitespace(end.words().charAt(end.words().length() - 1))) {
            return false;
        }
        end.properties().setString(COSName.ACTUAL_TEXT, end.words() + " ");
        return true;
    }

    private void append(Deque<Sequence> open, PDFont font, COSString shown) throws IOException {
        if (open.isEmpty() || font == null) {
            return;
        }
        StringBuilder text = open.peek().text();
        InputStream in = new ByteArrayInputStream(shown.getBytes());
        while (in.available() > 0) {
            String unicode = unicodeOf(font, font.readCode(in));
            if (unicode != null) {
                text.append(unicode);
            }
        }
    }

    /**
     * The character a glyph was drawn for, from the font file's own cmap: the document is not
     * saved yet, so an embedded subset has no ToUnicode map to ask. Of the characters that share
     * a glyph (a letter and its isolated form, a space and a no-break space) the lowest.
     */
    private String unicodeOf(PDFont font, int code) throws IOException {
        // Until the document is saved and its subsets made, a code is the glyph's id in the file.
        List<Integer> chars =
                fonts.cmap(font).map(cmap -> cmap.getCharCodes(code)).orElse(null);
        if (chars != null && !chars.isEmpty()) {
            return Character.toString(chars.stream().min(Integer::compare).orElseThrow());
        }
        return font.toUnicode(code);
    }

    private static boolean isRightToLeft(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    /**
     * Text drawn from left to right, shaped, as it was written: letters unjoined, logical order.
     * Each presentation form becomes the letters it stands for, by its Unicode compatibility
     * decomposition (NFKC), which covers the Persian letters' forms as well as the Arabic ones
     * (ICU4J's unshaping leaves the Persian ones as they are); a ligature's letters are put in
     * visual order too, lam-alef as « ال », so that the inverse bidi algorithm gives back « لا ».
     */
    static String logical(String visual) {
        StringBuilder letters = new StringBuilder(visual.length());
        for (int i = 0; i < visual.length(); i++) {
            char c = visual.charAt(i);
            if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                letters.append(d.length() > 1 ? new StringBuilder(d).reverse() : d);
            } else {
                letters.append(c);
            }
        }
        Bidi bidi = new Bidi();
        bidi.setInverse(true);
        bidi.setPara(letters.toString(), Bidi.RTL, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
