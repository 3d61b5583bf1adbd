package fiches.product;

import fiches.guide.Language;
import java.util.regex.Pattern;

/**
 * Spacing rules a line breaker cannot know: French non-breaking spaces before high
 * punctuation and inside guillemets, and a number kept with the word or unit after it.
 * Only existing spaces are changed; no character of the guide is added or removed.
 */
public final class Typography {
    private static final Pattern BEFORE_HIGH_PUNCTUATION = Pattern.compile("[ \\t]+(?=[:;?!»])");
    private static final Pattern AFTER_OPENING_GUILLEMET = Pattern.compile("(?<=«)[ \\t]+");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(?<=\\d)[ \\t]+(?=[\\p{L}€%$£])");

    private final boolean french;

    public Typography(Language lang) {
        this.french = lang.isFrench();
    }

    public String apply(String text) {
        String out = NUMBER_AND_UNIT.matcher(text).replaceAll("\u00A0");
        if (french) {
            out = BEFORE_HIGH_PUNCTUATION.matcher(out).replaceAll("\u00A0");
            out = AFTER_OPENING_GUILLEMET.matcher(out).replaceAll("\u00A0");
        }
        return out;
    }
}
