package fiches.guide;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of a guide, from its BCP 47 tag. Only its primary subtag decides labels and
 * rules (which languages Fiches knows is {@code fiches.product.LanguageRules}'); the full tag goes
 * into the PDF, and its region into the dates.
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
}
