package fiches.check;

import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.LanguageRules;
import fiches.product.TextDirection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guide's characters, line by line in its text: those no embedded font can draw (Chinese,
 * most emoji) are warned about at their line, and so is right-to-left text (Arabic, Hebrew) in a
 * guide whose language is written left to right, whose pages are laid out left to right. A guide
 * in a right-to-left language (ar, fa) is laid out for it and gets no such warning. Linear in the
 * text's length.
 */
final class TextChecks {
    /** At most this many characters are named in one warning. */
    private static final int NAMED = 8;

    private static final Pattern REFERENCE = Pattern.compile("&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private final GlyphCoverage coverage;

    TextChecks(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    void check(Draft draft, List<Problem> out) {
        String[] lines = draft.text().split("\n", -1);
        Optional<LanguageRules> language = draft.meta().map(m -> LanguageRules.of(m.lang()));
        // A right-to-left guide is all right-to-left text: nothing to warn about.
        boolean rtlReported =
                language.map(l -> l.direction() == TextDirection.RTL).orElse(false);
        for (int i = 0; i < lines.length; i++) {
            Set<Integer> missing = new LinkedHashSet<>();
            boolean rtl = false;
            for (int cp : withReferencesDecoded(lines[i]).codePoints().toArray()) {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    continue;
                }
                byte dir = Character.getDirectionality(cp);
                rtl |= dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                if (!coverage.canDraw(cp)) {
                    missing.add(cp);
                }
            }
            if (!missing.isEmpty()) {
                out.add(Problem.warning(
                        draft.file(),
                        i + 1,
                        Kind.GLYPH_MISSING,
                        "No font of Fiches can draw " + describe(missing) + ": they would print as empty boxes.",
                        "Write them in Latin, Greek or Cyrillic letters, or leave them out (the fonts have no "
                                + "Chinese, Japanese or Korean, nor most emoji)."));
            }
            if (rtl && !rtlReported) {
                rtlReported = true; // once per guide: a right-to-left guide would otherwise warn on every line
                out.add(Problem.warning(
                        draft.file(),
                        i + 1,
                        Kind.RIGHT_TO_LEFT,
                        "This line holds right-to-left text (Arabic or Hebrew) in a guide laid out left to right"
                                + language.map(l -> " (lang: " + l.code() + ")").orElse("")
                                + ": its letters may print unjoined or out of order.",
                        "Check the printed page; if the whole guide is in Arabic or Persian, write lang: ar or "
                                + "lang: fa, and Fiches lays it out right to left."));
            }
        }
    }

    /**
     * The line with its numeric character references (« &#x4E2D; ») made the characters they
     * stand for, as the Markdown reader makes them: they print like the characters themselves.
     */
    private static String withReferencesDecoded(String line) {
        if (line.indexOf("&#") < 0) {
            return line;
        }
        return REFERENCE.matcher(line).replaceAll(m -> {
            String digits = m.group(1);
            try {
                int cp = digits.startsWith("x") || digits.startsWith("X")
                        ? Integer.parseInt(digits.substring(1), 16)
                        : Integer.parseInt(digits);
                return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : "";
            } catch (NumberFormatException e) {
                return "";
            }
        });
    }

    private static String describe(Set<Integer> missing) {
        String named = missing.stream()
                .limit(NAMED)
                .map(cp -> "« " + Character.toString(cp) + " » (U+" + String.format("%04X", cp) + ")")
                .collect(Collectors.joining(", "));
        return missing.size() > NAMED ? named + " and " + (missing.size() - NAMED) + " more" : named;
    }
}
