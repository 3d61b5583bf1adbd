package fiches.guide;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of a guide, from its BCP 47 tag. Only its primary subtag decides labels and
 * typography; the full tag goes into the PDF.
 *
 * @param tag the tag as written in the guide, such as {@code fr} or {@code fr-FR}
 */
public record Language(String tag) {
    private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public Language {
        if (!isWellFormed(tag)) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + tag);
        }
    }

    public static boolean isWellFormed(String tag) {
        return tag != null && BCP47.matcher(tag).matches();
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean isFrench() {
        return locale().getLanguage().equals("fr");
    }
}
