package fiches.catalogue;

import fiches.guide.Block;
import fiches.guide.GuideVisitor;
import fiches.guide.GuideWalker;
import fiches.guide.Inline;
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

    private SearchWords() {}

    /** « Étape 1 : L’écran » becomes « etape 1 l ecran ». */
    static String fold(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
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

    /** Every word of a step's body, through the one walk of the model. */
    private static void append(StringBuilder text, Block block) {
        GuideWalker.blocks(List.of(block), new GuideVisitor() {
            @Override
            public void text(Inline.Text t) {
                text.append(t.text());
            }

            @Override
            public void code(Inline.Code c) {
                text.append(c.text());
            }

            @Override
            public void image(Inline.Image image) {
                text.append(' ').append(image.alt()).append(' ');
            }

            @Override
            public void lineBreak(Inline.LineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void paragraph(Block.Paragraph paragraph) {
                text.append(' ');
            }

            @Override
            public void heading(Block.Heading heading) {
                text.append(' ');
            }

            @Override
            public void codeBlock(Block.Code code) {
                text.append(' ').append(code.text()).append(' ');
            }
        });
        text.append(' ');
    }
}
