package fiches.check;

import fiches.guide.Translations;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The check of the whole collection's {@code translation_of} links, which no guide can make on its
 * own: a name that is no guide of the folder, a translation named instead of its original, a loop.
 * Each is a warning at the line of the key, since it only changes how the catalogue groups the guides.
 */
public final class TranslationLinks {
    /**
     * A guide of the collection and what its {@code translation_of} names.
     *
     * @param line the line of the key in its file, 0 when it has none
     */
    public record Named(Path file, String slug, Optional<String> original, int line) {}

    private TranslationLinks() {}

    /** The warnings of every guide whose link is wrong, in the order of the guides given. */
    public static List<Problem> problems(List<Named> guides) {
        Map<String, Optional<String>> named = new TreeMap<>();
        guides.forEach(g -> named.put(g.slug(), g.original()));
        Translations translations = new Translations(named);
        List<Problem> problems = new ArrayList<>();
        for (Named g : guides) {
            translations.fault(g.slug()).ifPresent(f -> problems.add(problem(g, f, named)));
        }
        return problems;
    }

    /** The guide whose name begins most like the one written, as a typo's likely meaning. */
    private static Optional<String> nearest(String written, String own, Set<String> slugs) {
        return slugs.stream()
                .filter(s -> !s.equals(own))
                .max(Comparator.comparingInt((String s) -> common(s, written))
                        .thenComparing(Comparator.reverseOrder()));
    }

    private static int common(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static Problem problem(Named g, Translations.Fault fault, Map<String, Optional<String>> named) {
        String message;
        String fix;
        if (fault instanceof Translations.Fault.Unknown u) {
            message = "translation_of names '" + u.named() + "', but this folder has no guide " + u.named()
                    + ".md; the catalogue lists this guide without its other languages.";
            fix = "Write the file name of the original guide without .md"
                    + nearest(u.named(), g.slug(), named.keySet())
                            .map(s -> ", such as translation_of: " + s)
                            .orElse("")
                    + ", or remove the line if this guide is the original.";
        } else if (fault instanceof Translations.Fault.Chain c) {
            message = "translation_of names '" + c.named() + "', which is itself a translation of '" + c.original()
                    + "'; the catalogue groups this guide with '" + c.original() + "'.";
            fix = "Name the original guide: translation_of: " + c.original() + ".";
        } else {
            Translations.Fault.Loop l = (Translations.Fault.Loop) fault;
            message = "translation_of makes a loop (" + String.join(" → ", l.guides()) + " → "
                    + l.guides().get(0) + "): none of these guides is the original, and the catalogue lists "
                    + "this guide without its other languages.";
            fix = "Remove translation_of from the original guide, the one the others translate.";
        }
        return Problem.warning(g.file(), g.line(), Kind.TRANSLATION_UNLINKED, message, fix);
    }
}
