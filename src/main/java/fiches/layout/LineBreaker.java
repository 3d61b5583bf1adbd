package fiches.layout;

import com.openhtmltopdf.extend.FSTextBreaker;
import fiches.product.LanguageRules;
import java.text.BreakIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-break opportunities of the JDK, minus those that large print forbids: where the language's
 * rules say a line may not end (after an apostrophe of elision, « d’ / impôt », or an opening
 * guillemet, or after a short preposition the language keeps with its word) or start (before high
 * punctuation or a closing guillemet or parenthesis), and at the hyphen of a word or an address (« rendez- / vous », « service- /
 * public.fr »). An address may break after its « / » and « . » instead, where a reader
 * expects it to continue, and at the hyphens of a part too long for a line.
 * One instance per document: it holds the text being broken.
 */
public final class LineBreaker implements FSTextBreaker {
    /** A web or mail address: a name with a dot before at least two letters, perhaps a path. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:[\\p{L}\\d_%+-]+@)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}(?:/[^\\s\\u00A0)»]*)?");

    /** Letters of an address part that may break at its hyphens: about a line in a list at the largest size. */
    private static final int LONG_SEGMENT = 30;

    private final BreakIterator iterator;
    private final LanguageRules rules;
    private String text = "";
    /** Where the last break was handed out, and the JDK's next allowed break after it. */
    private int position;

    private int nextAllowed;

    public LineBreaker(LanguageRules rules) {
        this.rules = rules;
        this.iterator = BreakIterator.getLineInstance(rules.locale());
    }

    /**
     * Takes the text to break. The renderer hands over the rest of a paragraph again after each
     * line, so breaks are found as they are asked for, never for the whole text at once.
     */
    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
        nextAllowed = -1;
        iterator.setText(newText);
    }

    @Override
    public int next() {
        if (nextAllowed <= position) {
            nextAllowed = allowedAfter(position);
        }
        int address = addressBreakBefore(position, nextAllowed == BreakIterator.DONE ? text.length() : nextAllowed);
        int next = address >= 0 ? address : nextAllowed;
        if (next != BreakIterator.DONE) {
            position = next;
        }
        return next;
    }

    /** The JDK's next break after {@code from} that large print allows. */
    private int allowedAfter(int from) {
        int pos = iterator.following(from);
        while (pos != BreakIterator.DONE && pos < text.length() && isForbidden(text, pos)) {
            pos = iterator.next();
        }
        return pos;
    }

    /**
     * The first break inside a word between {@code from} and {@code to}: after a « / » that a
     * word follows, wherever it is (the renderer may hand over the end of an address alone, from
     * its path on), and after a « . » that more of an address follows. -1 when there is none.
     */
    private int addressBreakBefore(int from, int to) {
        for (int i = Math.max(from + 1, 2); i < to; i++) {
            char before = text.charAt(i - 1);
            if (!Character.isLetterOrDigit(text.charAt(i)) || before != '/' && before != '.' && before != '-') {
                continue;
            }
            if (before == '/'
                    ? !Character.isWhitespace(text.charAt(i - 2))
                    : (before == '.' || isLongSegment(i - 1)) && inAddress(i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the part of an address around {@code at}, between its « / », « . », « ? », « = » or
     * « & », is too long for a line at the largest print size: then it may break after its hyphens
     * rather than be cut anywhere (« inscription-du-demandeur- / de-logement-social »).
     */
    private boolean isLongSegment(int at) {
        int start = at;
        while (start > 0 && !isSegmentEnd(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !isSegmentEnd(text.charAt(end))) {
            end++;
        }
        return end - start >= LONG_SEGMENT;
    }

    private static boolean isSegmentEnd(char c) {
        return isSpace(c) || "/.?=&#()«»".indexOf(c) >= 0;
    }

    /** Whether the character at {@code at} lies inside an address, within the word around it. */
    private boolean inAddress(int at) {
        int start = at;
        while (start > 0 && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        Matcher m = ADDRESS.matcher(text).region(start, end);
        while (m.find()) {
            if (m.start() < at && at < m.end() - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private boolean isForbidden(String text, int pos) {
        char before = text.charAt(pos - 1);
        char after = text.charAt(pos);
        boolean wordGoesOn = Character.isLetterOrDigit(after);
        return rules.mayNotEndLine(before)
                || rules.mayNotStartLine(after)
                || (before == '.' || before == '/' || before == '-') && wordGoesOn
                || isSpace(before) && rules.keepsWithNext(wordBefore(text, pos));
    }

    /** The word that ends before the spaces before {@code pos}. */
    private static String wordBefore(String text, int pos) {
        int end = pos;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
