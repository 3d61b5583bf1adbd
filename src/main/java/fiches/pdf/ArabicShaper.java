package fiches.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * ICU4J's reordering and Arabic shaping as openhtmltopdf's module does them, but with the
 * Persian letters joined (see {@link Persian}) and the vowel marks left as marks. ICU shapes a mark inside a word (shadda, fatha…) into its « medial »
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
            String stood = text;
            for (Persian p : Persian.values()) {
                stood = stood.replace(p.letter, p.standIn);
            }
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(stood);
            return marks(stood.equals(text) ? shaped : persian(text, shaped));
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /**
     * The letters Persian adds to the Arabic alphabet, which ICU4J joins to their neighbours but
     * leaves in their isolated form themselves: « داری د » for « دارید », « ک نید » for « کنید ».
     * Each is shaped as the Arabic letter that joins as it does (its stand-in), whose form, among
     * isolated, final, initial and medial, is then given to the letter's own presentation forms
     * (U+FB56…U+FBFF, in the same order), which unshape back to the letter for the text a screen
     * reader gets.
     */
    private enum Persian {
        PEH('\u067E', '\u0628', 0xFE8F, 0xFB56),
        TCHEH('\u0686', '\u062C', 0xFE9D, 0xFB7A),
        JEH('\u0698', '\u0632', 0xFEAF, 0xFB8A),
        KEHEH('\u06A9', '\u0643', 0xFED9, 0xFB8E),
        GAF('\u06AF', '\u0643', 0xFED9, 0xFB92),
        FARSI_YEH('\u06CC', '\u064A', 0xFEF1, 0xFBFC);

        final char letter;
        final char standIn;
        /** The stand-in's isolated form; its other forms follow. */
        final int standInForms;
        /** The letter's isolated form; its other forms follow. */
        final int forms;

        Persian(char letter, char standIn, int standInForms, int forms) {
            this.letter = letter;
            this.standIn = standIn;
            this.standInForms = standInForms;
            this.forms = forms;
        }

        static Persian of(char c) {
            for (Persian p : values()) {
                if (p.letter == c) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * The shaped text with each Persian letter in its own form. Shaping keeps one character for
     * one, but for lam and alef, which become one ligature (U+FEF5–U+FEFC).
     */
    private static String persian(String text, String shaped) {
        StringBuilder out = new StringBuilder(shaped);
        for (int i = 0, j = 0; i < text.length() && j < shaped.length(); i++, j++) {
            char c = text.charAt(i);
            char form = shaped.charAt(j);
            if (c == '\u0644' && form >= 0xFEF5 && form <= 0xFEFC) {
                i++; // lam and alef, one ligature
                continue;
            }
            Persian p = Persian.of(c);
            if (p != null && form >= p.standInForms && form < p.standInForms + 4) {
                out.setCharAt(j, (char) (p.forms + (form - p.standInForms)));
            }
        }
        return out.toString();
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
