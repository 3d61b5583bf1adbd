package fiches.catalogue;

import fiches.guide.Language;
import fiches.layout.Labels;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entries as the page shows them: grouped by theme in the page's language, themes in
 * alphabetical order with the guides that have none last, and each theme's guides by title.
 * Ties are broken by slug, so that the page is the same whatever order the guides came in.
 */
final class Shelves {
    /** A theme and its guides. */
    record Shelf(String theme, List<Entry> entries) {
        Shelf {
            entries = List.copyOf(entries);
        }
    }

    private Shelves() {
    }

    /** The language most entries are in; on a tie, the first of {@link Language#SUPPORTED}. */
    static Language language(List<Entry> entries) {
        Map<String, Long> counts = entries.stream().filter(e -> Language.isSupported(e.language()))
                .collect(Collectors.groupingBy(Entry::language, Collectors.counting()));
        String most = Language.SUPPORTED.stream()
                .max(Comparator.comparingLong((String l) -> counts.getOrDefault(l, 0L))
                        .thenComparing(l -> -Language.SUPPORTED.indexOf(l)))
                .orElseThrow();
        return new Language(most);
    }

    static List<Shelf> of(List<Entry> entries, Labels labels, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<String> byName = collator::compare;
        Function<Entry, String> theme = e -> e.theme().map(labels::categoryName).orElse("");
        Map<String, List<Entry>> byTheme = new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(byName));
        entries.forEach(e -> byTheme.computeIfAbsent(theme.apply(e), t -> new ArrayList<>()).add(e));
        Comparator<Entry> byTitle = Comparator.comparing(Entry::title, byName).thenComparing(Entry::slug);
        return byTheme.entrySet().stream()
                .map(t -> new Shelf(t.getKey().isEmpty() ? labels.catalogue("other") : t.getKey(),
                        t.getValue().stream().sorted(byTitle).toList()))
                .toList();
    }
}
