package fiches.layout;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line-break opportunities of the JDK, minus those that large print forbids: right after an
 * apostrophe (« d’ / impôt »), right before high punctuation or a closing guillemet, and
 * inside names such as « www. / service-public.fr ».
 * One instance per document: it holds the text being broken.
 */
public final class LineBreaker implements FSTextBreaker {
    private final BreakIterator iterator;
    private String text = "";

    public LineBreaker(Locale locale) {
        this.iterator = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String newText) {
        this.text = newText;
        iterator.setText(newText);
    }

    @Override
    public int next() {
        int pos = iterator.next();
        while (pos != BreakIterator.DONE && pos < text.length() && isForbidden(pos)) {
            pos = iterator.next();
        }
        return pos;
    }

    private boolean isForbidden(int pos) {
        char before = text.charAt(pos - 1);
        char after = text.charAt(pos);
        return isApostrophe(before) || ":;?!»".indexOf(after) >= 0 || before == '«'
                || before == '.' && Character.isLetterOrDigit(after);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
