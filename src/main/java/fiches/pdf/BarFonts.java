package fiches.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * The fonts of a page as its letters' bars need them: the width of each glyph, and whether it
 * is blank (a space). A font that embeds its glyphs (Fiches' Type 0 fonts) is read without its
 * {@code ToUnicode} map, and a glyph is blank when its outline is empty: parsing that map, and
 * the table of every two-byte string PDFBox builds the first time it parses one, was a quarter
 * of the picture's cost, for no more than telling spaces from letters.
 */
final class BarFonts {
    private final Map<COSDictionary, PDFont> fonts = new IdentityHashMap<>();
    private final Map<PDFont, Map<Integer, Boolean>> blanks = new IdentityHashMap<>();

    /** The {@code Tf} operator of a drawer that uses these fonts: size, and font without its map. */
    OperatorProcessor setFont(PDFStreamEngine drawer) {
        return new OperatorProcessor(drawer) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                if (operands.size() < 2
                        || !(operands.get(0) instanceof COSName name)
                        || !(operands.get(1) instanceof COSNumber size)) {
                    return; // as PDFBox does: a broken operator is passed over
                }
                getContext().getGraphicsState().getTextState().setFontSize(size.floatValue());
                getContext()
                        .getGraphicsState()
                        .getTextState()
                        .setFont(font(getContext().getResources(), name));
            }

            @Override
            public String getName() {
                return OperatorName.SET_FONT_AND_SIZE;
            }
        };
    }

    private PDFont font(PDResources resources, COSName name) throws IOException {
        COSDictionary all = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSDictionary dict = all == null ? null : all.getCOSDictionary(name);
        if (dict == null || !COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE))) {
            return resources.getFont(name);
        }
        PDFont font = fonts.get(dict);
        if (font == null) {
            COSDictionary withoutMap = new COSDictionary(dict);
            withoutMap.removeItem(COSName.TO_UNICODE);
            font = new PDType0Font(withoutMap);
            fonts.put(dict, font);
        }
        return font;
    }

    /** Whether the glyph of this code shows nothing: a space keeps a gap between words. */
    boolean blank(PDFont font, int code) throws IOException {
        Map<Integer, Boolean> known = blanks.computeIfAbsent(font, f -> new HashMap<>());
        Boolean blank = known.get(code);
        if (blank == null) {
            if (font instanceof PDType0Font && font.isEmbedded() && font instanceof PDVectorFont vector) {
                blank = vector.getPath(code).getCurrentPoint() == null;
            } else {
                String unicode = font.toUnicode(code);
                blank = unicode == null || unicode.isBlank();
            }
            known.put(code, blank);
        }
        return blank;
    }
}
