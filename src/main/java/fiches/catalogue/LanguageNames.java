package fiches.catalogue;

import fiches.product.Labels;
import fiches.product.LanguageRules;
import java.util.Locale;

/**
 * What the page says of a guide's language: its name in itself, for « Aussi en : English · Español »
 * and the language filter, and its direction, for the {@code dir} of its entry.
 */
final class LanguageNames {
    private LanguageNames() {}

    /**
     * « English », « Français », « العربية »: the language's {@code language.name} label, or, for a
     * language Fiches has no labels for, its name in itself from the JDK's CLDR data; with a
     * capital, since it stands alone as a link or a choice (the label file writes « français »).
     */
    static String name(String primary) {
        Locale locale = Locale.forLanguageTag(primary);
        String name = Labels.ownName(primary).orElseGet(() -> locale.getDisplayLanguage(locale));
        return name.isEmpty() ? primary : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * {@code rtl} for a language written from right to left (Arabic, Persian), else {@code ltr}:
     * its data file's {@code language.direction}. A language Fiches has no file for (an entry from
     * an earlier run) is decided by the script of its name in itself, as CLDR writes it.
     */
    static String direction(String primary) {
        if (LanguageRules.isKnown(primary)) {
            return LanguageRules.of(primary).direction().html();
        }
        Locale locale = Locale.forLanguageTag(primary);
        String own = locale.getDisplayLanguage(locale);
        int first = own.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        byte d = Character.getDirectionality(first);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                ? "rtl"
                : "ltr";
    }
}
