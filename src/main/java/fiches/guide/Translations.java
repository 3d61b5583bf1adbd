package fiches.guide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The guides of a collection that are one guide in several languages: an original and every guide
 * whose {@code translation_of} names it. A guide that names a translation instead of the original
 * (a chain) is grouped with the original all the same; one that names a guide the collection does
 * not have, or takes part in a loop, stands alone. Each such link is a {@link Fault}, for the checks.
 */
public final class Translations {
    /** Why a guide's {@code translation_of} does not link it as written. */
    public sealed interface Fault {
        /** It names no guide of the collection. */
        record Unknown(String named) implements Fault {}

        /** It names a translation, {@code named}, whose original is {@code original}: it is grouped with that original. */
        record Chain(String named, String original) implements Fault {}

        /** Following the names comes back to a guide already seen: these guides, in order. */
        record Loop(List<String> guides) implements Fault {
            public Loop {
                guides = List.copyOf(guides);
            }
        }
    }

    private final Map<String, String> originals = new TreeMap<>();
    private final Map<String, Fault> faults = new TreeMap<>();
    private final Map<String, List<String>> groups = new TreeMap<>();

    /** @param named every guide of the collection by slug, with the slug its {@code translation_of} names */
    public Translations(Map<String, Optional<String>> named) {
        for (String slug : new TreeMap<>(named).keySet()) {
            originals.put(slug, resolve(slug, named));
        }
        Map<String, List<String>> byOriginal = new TreeMap<>();
        originals.forEach((slug, original) ->
                byOriginal.computeIfAbsent(original, o -> new ArrayList<>()).add(slug));
        byOriginal.values().forEach(members -> members.forEach(m -> groups.put(m, List.copyOf(members))));
    }

    /** The original a guide's group is named after, by following its links; itself when it stands alone or is the original. */
    private String resolve(String slug, Map<String, Optional<String>> named) {
        Set<String> seen = new LinkedHashSet<>();
        String at = slug;
        while (true) {
            seen.add(at);
            Optional<String> next = named.getOrDefault(at, Optional.empty());
            if (next.isEmpty() || next.get().equals(at)) {
                break;
            }
            if (!named.containsKey(next.get())) {
                if (at.equals(slug)) {
                    faults.put(slug, new Fault.Unknown(next.get()));
                    return slug;
                }
                break; // the guide it names has a broken link of its own, told there: that one is the original
            }
            if (seen.contains(next.get())) {
                List<String> loop = new ArrayList<>(seen);
                faults.put(slug, new Fault.Loop(loop.subList(loop.indexOf(next.get()), loop.size())));
                return slug;
            }
            at = next.get();
        }
        if (seen.size() > 2) {
            faults.put(slug, new Fault.Chain(named.get(slug).orElseThrow(), at));
        }
        return at;
    }

    /** The guides of this guide's group, itself among them, by slug; only itself when it has no other language. */
    public List<String> group(String slug) {
        return groups.getOrDefault(slug, List.of(slug));
    }

    /** What is wrong with this guide's link, if anything. */
    public Optional<Fault> fault(String slug) {
        return Optional.ofNullable(faults.get(slug));
    }
}
