package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
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

    private static final Pattern TYPED_AS_ANOTHER = Pattern.compile("[ıٱىیکةەـ\u200c\u200d\u0660-\u0669\u06f0-\u06f9]");

    private static final Map<String, String> SAME = Map.of(
            "ı", "i", "ٱ", "ا", "ى", "ي", "ی", "ي", "ک", "ك", "ة", "ه", "ە", "ه", "ـ", "", "\u200c", "", "\u200d", "");

    private static String asTheScriptFolds(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String typed = TYPED_AS_ANOTHER
                .matcher(plain.toLowerCase(Locale.ROOT))
                .replaceAll(m -> SAME.getOrDefault(
                        m.group(),
                        String.valueOf(Character.getNumericValue(m.group().charAt(0)))));
        return NOT_WORD.matcher(typed).replaceAll(" ").strip();
    }

    @Test
    void arabicIsFoundWithoutItsVowelMarksAndWithAnyAlef() {
        // « أَدْخِلْ كَلِمَةَ ٱلْمُرُورِ » (enter the password), with harakat, hamza on the alef and a tatweel
        String written = SearchWords.fold("أَدْخِلْ كَلِمَةَ ٱلْمُرُورِ إلى الـحساب آمن");
        assertEquals("ادخل كلمه المرور الي الحساب امن", written);
        assertEquals(written, SearchWords.fold("ادخل كلمة المرور إلي الحساب امن"));
        assertEquals("123", SearchWords.fold("١٢٣"));
    }

    @Test
    void persianYehAndKafAreTheArabicOnesAndTheJoinerKeepsAWordWhole() {
        // « می‌خواهم » (I want) with its zero-width non-joiner; « کلید یک » with Persian keheh and yeh
        assertEquals("میخواهم", SearchWords.fold("می‌خواهم").replace('ي', 'ی'));
        assertEquals(SearchWords.fold("كليد يك"), SearchWords.fold("کلید یک"));
        assertEquals("123", SearchWords.fold("۱۲۳"));
    }

    @Test
    void turkishDottedAndDotlessIAreAllI() {
        assertEquals("istanbul isik iki", SearchWords.fold("İSTANBUL Işık ıki"));
        assertEquals("istanbul isik", SearchWords.fold("istanbul ışik"));
    }

    @Test
    void cyrillicYoIsYe() {
        assertEquals("еще елка", SearchWords.fold("Ещё Ёлка"));
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
                '\u0301', '\u20dd', 'ı', 'ٱ', 'أ', 'َ', 'ـ', 'ى', 'ی', 'ک', 'ة', 'ۀ', '٣', '۳', '\u200c', 'ё', 'Й');
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
