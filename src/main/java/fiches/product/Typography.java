package fiches.product;

import fiches.guide.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spacing rules a line breaker cannot know: the no-break spaces a language puts before or after
 * some punctuation (French « : ; ? ! » and inside guillemets, from its data file), and a number
 * kept with the word or unit after it, in every language. Only existing spaces are changed; no
 * character of the guide is added or removed.
 */
public final class Typography {
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(?<=\\d)[ \\t]+(?=[\\p{L}€%$£])");

    private final Optional<Pattern> beforePunctuation;
    private final Optional<Pattern> afterPunctuation;

    public Typography(Language lang) {
        this(LanguageRules.of(lang));
    }

    public Typography(LanguageRules rules) {
        this.beforePunctuation =
                characters(rules.noBreakSpaceBefore()).map(c -> Pattern.compile("[ \\t]+(?=" + c + ")"));
        this.afterPunctuation =
                characters(rules.noBreakSpaceAfter()).map(c -> Pattern.compile("(?<=" + c + ")[ \\t]+"));
    }

    public String apply(String text) {
        String out = NUMBER_AND_UNIT.matcher(text).replaceAll("\u00A0");
        if (beforePunctuation.isPresent()) {
            out = beforePunctuation.get().matcher(out).replaceAll("\u00A0");
        }
        if (afterPunctuation.isPresent()) {
            out = afterPunctuation.get().matcher(out).replaceAll("\u00A0");
        }
        return out;
    }

    /** A class of the characters given, or empty when there are none. */
    private static Optional<String> characters(String chars) {
        String c = chars.replaceAll("\\s+", "");
        if (c.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder cls = new StringBuilder("[");
        c.codePoints()
                .forEach(
                        cp -> cls.append("\\x{").append(Integer.toHexString(cp)).append('}'));
        return Optional.of(cls.append(']').toString());
    }
}
