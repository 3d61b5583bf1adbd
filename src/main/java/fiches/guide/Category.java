package fiches.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The topics a guide may be filed under, by the slug its front matter gives. Each has a name in
 * every language Fiches has labels for; any other slug is printed as written.
 */
public enum Category {
    GOVERNMENT,
    HEALTH,
    COMMUNICATION,
    MONEY,
    FINANCE,
    TRANSPORT,
    EVERYDAY,
    SECURITY,
    EQUIPMENT,
    WORK,
    EDUCATION,
    HOUSING,
    FAMILY,
    SHOPPING,
    LEISURE;

    /** The slug as written in a guide: {@code government}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of a slug, in any case, or empty when Fiches does not know it. */
    public static Optional<Category> fromSlug(String slug) {
        String s = slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.slug().equals(s)).findFirst();
    }

    /** The known slugs, for messages: « government, health, … ». */
    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(Category::slug).toList());
    }
}
