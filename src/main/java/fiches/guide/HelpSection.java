package fiches.guide;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the section a guide gives to what to do when a step fails, « Si ça ne marche pas »
 * or « If it doesn't work », whatever its case, apostrophe (' or ’) or closing colon: it is set
 * apart as a help box.
 */
public final class HelpSection {
    private static final Set<String> TITLES = Set.of(
            "si ça ne marche pas",
            "if it doesn't work",
            "if it does not work",
            "إذا لم ينجح الأمر",
            "اگر کار نکرد",
            "якщо не виходить");

    private HelpSection() {}

    public static boolean isHelpTitle(String title) {
        String plain = title.replace('\u2019', '\'')
                .replace('\u00A0', ' ')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s:.…!?؟]+$", "")
                .strip()
                .replaceAll("\\s+", " ");
        return TITLES.contains(plain);
    }
}
