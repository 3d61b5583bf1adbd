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

/**
 * The words the search box matches: lower case, without accents, each once, so that « ordonnance »
 * finds « Ordonnance » and « etape » finds « Étape ». The page's script folds what is typed the same way.
 * Each script is folded as its readers type it: Arabic without its vowel marks and with one alef
 * (the rules of Lucene's Arabic and Persian normalizers, written here since the page's script must
 * do exactly the same), the Persian and Arabic forms of yeh and kaf as one, the Turkish dotless ı
 * as i (« istanbul » finds « İstanbul », « isik » finds « Işık »), Cyrillic ё as е.
 */
final class SearchWords {
    private SearchWords() {}

    /**
     * « Étape 1 : L’écran » becomes « etape 1 l ecran »: accents taken off (marks after NFD), lower
     * case with one sigma (« ς » is « σ »), and every run of other signs than letters and digits one
     * space. The script does the
     * same with regular expressions; here two loops over the characters do it, since the words
     * of a hundred guides through a regular expression cost more than the rest of the page.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (!isMark(c)) {
                plain.appendCodePoint(c);
            }
        }
        String lower = plain.toString().toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = same(lower.codePointAt(i));
            i += Character.charCount(lower.codePointAt(i));
            if (c == NOTHING) {
                continue;
            }
            if (!Character.isLetter(c) && !isNumber(c)) {
                gap = true;
                continue;
            }
            if (gap && !words.isEmpty()) {
                words.append(' ');
            }
            gap = false;
            // One sigma: where a word ends is a matter of context that Java's lower case and the
            // browser's do not read alike (a Roman numeral or an apostrophe before it).
            words.appendCodePoint(c == 'ς' ? 'σ' : c);
        }
        return words.toString();
    }

    /** What {@link #same} gives for a sign that is dropped without leaving a gap. */
    private static final int NOTHING = -1;

    /**
     * A letter as the one it is typed as, after NFD has taken off the marks (harakat, the hamza of
     * أ إ ؤ ئ, the madda of آ, the dot of İ, the diaeresis of ё). catalogue.js has the same table.
     */
    private static int same(int c) {
        return switch (c) {
            case 'ı' -> 'i'; // Turkish dotless i: « i » finds İ ı I i
            case 'ٱ' -> 'ا'; // alef wasla, which has no decomposition
            case 'ى', 'ی' -> 'ي'; // alef maksura and Persian yeh as Arabic yeh
            case 'ک' -> 'ك'; // Persian keheh as Arabic kaf
            case 'ة', 'ە' -> 'ه'; // teh marbuta, and the heh left of ۀ, as heh
            case 'ـ', '\u200c', '\u200d' -> NOTHING; // tatweel, and the joiners inside a Persian word
            default -> c >= '٠' && c <= '٩' ? '0' + c - '٠' : c >= '۰' && c <= '۹' ? '0' + c - '۰' : c;
        };
    }

    /** {@code \p{M}}: what NFD puts after a letter as its accent. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \p{N}}: digits, and numbers written as letters or other signs. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
