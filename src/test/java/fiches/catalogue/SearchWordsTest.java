package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The words the search box matches are folded as the page's script folds what is typed. */
class SearchWordsTest {
    /** The script's folding (catalogue.js), word for word in Java's regular expressions. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String asTheScriptFolds(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Test
    void takesOffAccentsCaseAndSigns() {
        assertEquals("etape 1 l ecran", SearchWords.fold("Étape 1 : L’écran"));
        assertEquals("ordonnance n 2", SearchWords.fold("  « Ordonnance » — n° 2 !"));
        assertEquals("", SearchWords.fold(" … ; "));
    }

    @Property(tries = 500)
    void foldsAnyTextAsTheScriptsRegularExpressionsDo(@ForAll("texts") String text) {
        assertEquals(asTheScriptFolds(text), SearchWords.fold(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> french = Arbitraries.of(
                'a', 'É', 'é', 'è', 'ç', 'Œ', 'œ', 'İ', 'ß', 'Σ', 'ς', '1', '²', 'Ⅻ', ' ', '\u00a0', '’', '-', ':',
                '\u0301', '\u20dd');
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40),
                Arbitraries.strings().withChars('\ud83d', '\ude00', 'x').ofMaxLength(20),
                french.list().ofMaxSize(40).map(cs -> {
                    StringBuilder s = new StringBuilder();
                    cs.forEach(s::append);
                    return s.toString();
                }));
    }
}
