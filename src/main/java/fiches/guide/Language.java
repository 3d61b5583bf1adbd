package fiches.guide;

import java.util.List;
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
    /** The languages Fiches has labels for: each has a {@code fiches/labels/<code>.properties}. */
    public static final List<String> SUPPORTED = List.of("fr", "en", "ar", "fa", "uk");

    public Language {
        if (!isWellFormed(tag)) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + tag);
        }
    }

    public static boolean isWellFormed(String tag) {
        return tag != null && BCP47.matcher(tag).matches();
    }

    /** Whether Fiches has words for this language: its primary subtag is one of {@link #SUPPORTED}. */
    public static boolean isSupported(String tag) {
        return isWellFormed(tag) && SUPPORTED.contains(primary(tag));
    }

    /** The primary subtag in lower case: {@code fr} for {@code fr-FR}. */
    public String primary() {
        return primary(tag);
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean isFrench() {
        return locale().getLanguage().equals("fr");
    }
}
