package fiches.catalogue;

import fiches.guide.Block;
import fiches.guide.Inline;
import fiches.guide.PlainText;
import fiches.guide.Step;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the search box matches: lower case, without accents, each once, so that « ordonnance »
 * finds « Ordonnance » and « etape » finds « Étape ». The page's script folds what is typed the same way.
 */
final class SearchWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** « Étape 1 : L’écran » becomes « etape 1 l ecran ». */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct words of the steps' titles and bodies, in the order they first appear. */
    static String ofSteps(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (Step s : steps) {
            text.append(s.title()).append(' ');
            s.body().forEach(b -> append(text, b));
        }
        Set<String> words = new LinkedHashSet<>(List.of(fold(text.toString()).split(" ")));
        words.remove("");
        return String.join(" ", words);
    }

    private static void append(StringBuilder text, Block block) {
        if (block instanceof Block.Paragraph p) {
            inlines(text, p.content());
        } else if (block instanceof Block.Heading h) {
            inlines(text, h.content());
        } else if (block instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(b -> append(text, b)));
        } else if (block instanceof Block.Table t) {
            t.head().forEach(row -> row.forEach(cell -> inlines(text, cell)));
            t.body().forEach(row -> row.forEach(cell -> inlines(text, cell)));
        } else if (block instanceof Block.Quote q) {
            q.content().forEach(b -> append(text, b));
        } else if (block instanceof Block.Code c) {
            text.append(c.text()).append(' ');
        }
    }

    private static void inlines(StringBuilder text, List<Inline> content) {
        text.append(PlainText.of(content)).append(' ');
    }
}
