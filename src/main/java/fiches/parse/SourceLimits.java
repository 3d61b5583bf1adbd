package fiches.parse;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds checked on the body's text in one linear pass, before flexmark reads it: the shapes
 * that make the Markdown reader or the renderer take quadratic time or overflow their stack.
 * <ul>
 * <li>A run without a space is laid out in time that grows with the square of its length
 * (a 300,000-letter word took 265 s), and flexmark's separator-line pattern recurses once per
 * mark ({@code ***…} or {@code ---…} of about 1,500 overflow a 1 MB thread stack).</li>
 * <li>Marks at the start of one line ({@code > > > …}, {@code - - - …}) open one container each,
 * in time flexmark spends quadratically, and the spaced separator line {@code * * * …} recurses
 * like the unspaced one.</li>
 * <li>Flexmark resolves the links of one paragraph in time that grows with the square of their
 * number (10,000 links in one paragraph took 15 s).</li>
 * </ul>
 */
final class SourceLimits {
    /** The longest run of characters without a space; web addresses a reader types stay far below. */
    static final int MAX_RUN = 500;
    /** The most container or separator marks a line may start with. */
    static final int MAX_LEADING_MARKS = 100;
    /** The longest block of lines without a blank line between them, in characters. */
    static final int MAX_PARAGRAPH = 10_000;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    SourceLimits(Path file) {
        this.file = file;
    }

    /** The bounds the body breaks, at most one problem per kind of bound. @param firstLine the file line of its first line */
    List<Problem> check(String body, int firstLine) {
        boolean runReported = false;
        boolean marksReported = false;
        boolean paragraphReported = false;
        int paragraphLength = 0;
        int paragraphLine = firstLine;
        int lineNo = firstLine;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            // One problem per line: a line of 5,000 stars is not also a paragraph too long.
            boolean reported = !marksReported && (marksReported = leadingMarks(body, start, end, lineNo));
            reported = reported || !runReported && (runReported = longestRun(body, start, end, lineNo));
            if (isBlank(body, start, end)) {
                paragraphLength = 0;
            } else {
                if (paragraphLength == 0) {
                    paragraphLine = lineNo;
                }
                // Indentation is not counted: lists nested by it are bounded by their depth.
                paragraphLength += end - firstText(body, start, end) + 1;
                paragraphReported |= reported;
                if (!paragraphReported && paragraphLength > MAX_PARAGRAPH) {
                    paragraphReported = true;
                    problems.add(Problem.error(
                            file,
                            paragraphLine,
                            Kind.PARAGRAPH_TOO_LONG,
                            "The paragraph that starts here runs over " + MAX_PARAGRAPH
                                    + " characters without a blank line (the most Fiches accepts).",
                            "Leave a blank line between paragraphs, every few sentences."));
                }
            }
            start = end + 1;
            lineNo++;
        }
        return problems;
    }

    private boolean longestRun(String text, int start, int end, int lineNo) {
        int run = 0;
        int longest = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
            } else if (!Character.isLowSurrogate(c)) {
                longest = Math.max(longest, ++run);
            }
        }
        if (longest <= MAX_RUN) {
            return false;
        }
        problems.add(Problem.error(
                file,
                lineNo,
                Kind.RUN_TOO_LONG,
                "This line holds " + longest + " characters without a space; at most " + MAX_RUN
                        + " can be laid out on paper.",
                "Put spaces in it, or shorten it (a web address a reader can type is far shorter than " + MAX_RUN
                        + " characters)."));
        return true;
    }

    /** Counts the marks that open a container or draw a separator line, up to the line's first text. */
    private boolean leadingMarks(String text, int start, int end, int lineNo) {
        int marks = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>' || c == '*' || c == '-' || c == '_' || c == '+') {
                marks++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 10 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    marks++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (marks <= MAX_LEADING_MARKS) {
            return false;
        }
        problems.add(Problem.error(
                file,
                lineNo,
                Kind.NESTING_TOO_DEEP,
                "This line starts with " + marks + " marks (> - * _ + or list numbers); at most "
                        + MAX_LEADING_MARKS + " are read, and quotes and lists nest at most "
                        + BodyReader.MAX_DEPTH + " levels deep.",
                "Write a separating line as --- and nest quotes and lists a few levels at most."));
        return true;
    }

    private static int firstText(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
