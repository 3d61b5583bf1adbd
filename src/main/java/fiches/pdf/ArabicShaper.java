package fiches.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * ICU4J's reordering and Arabic shaping as openhtmltopdf's module does them, but with the
 * vowel marks left as marks. ICU shapes a mark inside a word (shadda, fatha…) into its « medial »
 * presentation form, U+FE7D and the like, which carries a tatweel: printed, each marked letter is
 * followed by a stroke, « تعلـّم » for « تعلّم ». The combining mark itself, which the font draws
 * with no advance over the letter before it, is what a reader expects.
 */
final class ArabicShaper implements BidiReorderer {
    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String shapeText(String text) {
        try {
            return marks(new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(text));
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** The marks' presentation forms (U+FE70–U+FE7F) as the combining marks they stand for. */
    static String marks(String shaped) {
        StringBuilder out = null;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= 0xFE70 && c <= 0xFE7F && c != 0xFE73 && c != 0xFE75) {
                if (out == null) {
                    out = new StringBuilder(shaped.substring(0, i));
                }
                // FE70 fathatan, FE72 dammatan, FE74 kasratan, then FE76… fatha to sukun in pairs
                // (isolated, medial): 064B, 064C, 064D, then 064E to 0652.
                int mark = c < 0xFE76 ? 0x064B + (c - 0xFE70) / 2 : 0x064E + (c - 0xFE76) / 2;
                out.append((char) mark);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? shaped : out.toString();
    }
}
