package fiches.layout;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-break opportunities of the JDK, minus those that large print forbids: right after an
 * apostrophe (« d’ / impôt »), right before high punctuation or a closing guillemet or
 * parenthesis, and at the hyphen of a word or an address (« rendez- / vous », « service- /
 * public.fr »). An address may break after its « / » and « . » instead, where a reader
 * expects it to continue.
 * One instance per document: it holds the text being broken.
 */
public final class LineBreaker implements FSTextBreaker {
    /** A web or mail address: a name with a dot before at least two letters, perhaps a path. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:[\\p{L}\\d_%+-]+@)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}(?:/[^\\s\\u00A0)»]*)?");

    private final BreakIterator iterator;
    private final TreeSet<Integer> breaks = new TreeSet<>();
    private int position;

    public LineBreaker(Locale locale) {
        this.iterator = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String text) {
        breaks.clear();
        position = 0;
        iterator.setText(text);
        for (int pos = iterator.next(); pos != BreakIterator.DONE; pos = iterator.next()) {
            if (pos >= text.length() || !isForbidden(text, pos)) {
                breaks.add(pos);
            }
        }
        addAddressBreaks(text);
    }

    @Override
    public int next() {
        Integer next = breaks.higher(position);
        if (next == null) {
            return BreakIterator.DONE;
        }
        position = next;
        return next;
    }

    private static boolean isForbidden(String text, int pos) {
        char before = text.charAt(pos - 1);
        char after = text.charAt(pos);
        boolean wordGoesOn = Character.isLetterOrDigit(after);
        return isApostrophe(before) || ":;?!»)…".indexOf(after) >= 0 || before == '«'
                || (before == '.' || before == '/' || before == '-') && wordGoesOn;
    }

    /**
     * After each « / » that a word follows, wherever it is (the renderer may hand over the end of
     * an address alone, from its path on); and inside an address, after each « . » that more of
     * the address follows.
     */
    private void addAddressBreaks(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == '/' && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !Character.isWhitespace(text.charAt(i - 1))) {
                breaks.add(i + 1);
            }
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                char c = text.charAt(i);
                if ((c == '/' || c == '.') && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    breaks.add(i + 1);
                }
            }
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
