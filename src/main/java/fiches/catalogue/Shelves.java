package fiches.catalogue;

import fiches.guide.Language;
import fiches.product.Labels;
import fiches.product.LanguageRules;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entries as the page shows them: grouped by theme in the page's language, themes in
 * alphabetical order with the guides that have none last, and each theme's guides by title.
 * Ties are broken by slug, so that the page is the same whatever order the guides came in.
 * The recueil orders its guides the same way, through the public methods.
 */
public final class Shelves {
    /** A theme and its guides. */
    record Shelf(String theme, List<Entry> entries) {
        Shelf {
            entries = List.copyOf(entries);
        }
    }

    private Shelves() {}

    /** The language most entries are in; on a tie, the first of French (then English, then by code). */
    static Language language(List<Entry> entries) {
        return mostCommon(entries.stream().map(Entry::language).toList());
    }

    /** The language most of these primary subtags are; on a tie, the first of French (then English, then by code). */
    public static Language mostCommon(List<String> languages) {
        Map<String, Long> counts = languages.stream()
                .filter(LanguageRules::isKnown)
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        List<String> known = LanguageRules.known();
        String most = known.stream()
                .max(Comparator.comparingLong((String l) -> counts.getOrDefault(l, 0L))
                        .thenComparing(l -> -known.indexOf(l)))
                .orElseThrow();
        return new Language(most);
    }

    static List<Shelf> of(List<Entry> entries, Labels labels, Locale locale) {
        return group(entries, Entry::theme, Entry::title, Entry::slug, labels, locale).entrySet().stream()
                .map(t -> new Shelf(t.getKey(), t.getValue()))
                .toList();
    }

    /**
     * Any items grouped and ordered as the page orders its entries.
     *
     * @param theme a category slug, or empty
     * @return each theme's name in the page's language, in order, with its items in order
     */
    public static <T> Map<String, List<T>> group(
            List<T> items,
            Function<T, Optional<String>> theme,
            Function<T, String> title,
            Function<T, String> slug,
            Labels labels,
            Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<String> byName = collator::compare;
        Map<String, List<T>> byTheme =
                new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(byName));
        items.forEach(e -> byTheme.computeIfAbsent(
                        theme.apply(e).map(labels::categoryName).orElse(""), t -> new ArrayList<>())
                .add(e));
        Comparator<T> byTitle = Comparator.comparing(title, byName).thenComparing(slug);
        Map<String, List<T>> shelves = new LinkedHashMap<>();
        byTheme.forEach((name, list) -> shelves.put(
                name.isEmpty() ? labels.catalogue("other") : name,
                list.stream().sorted(byTitle).toList()));
        return shelves;
    }
}
