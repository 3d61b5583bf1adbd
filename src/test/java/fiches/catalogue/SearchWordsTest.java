package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the search box matches are folded as the page's script folds what is typed: the
 * script's own {@code fold}, taken from {@code catalogue.js} and run in Node, is given the same
 * texts as {@link SearchWords#fold}, so a change to either that the other does not follow fails.
 */
class SearchWordsTest {
    static final Path SCRIPT = Path.of("src", "main", "resources", "fiches", "catalogue", "catalogue.js");

    /** Writes every character outside ASCII as an escape, so that a lone surrogate reaches Node as it is. */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final Pattern FOLD = Pattern.compile("function fold\\(text\\) \\{");

    @Test
    void takesOffAccentsCaseAndSigns() {
        assertEquals("etape 1 l ecran", SearchWords.fold("Étape 1 : L’écran"));
        assertEquals("ordonnance n 2", SearchWords.fold("  « Ordonnance » — n° 2 !"));
        assertEquals("", SearchWords.fold(" … ; "));
        assertEquals("σασ", SearchWords.fold("ΣΑΣ"), "one sigma, wherever it stands");
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
    void foldsAnyTextAsTheScriptItselfDoes(@TempDir Path dir) throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "Étape 1 : L’écran",
                "  « Ordonnance » — n° 2 !",
                " … ; ",
                "İstanbul",
                "straße",
                "ΣΑΣ ς",
                "Ⅻ ² ½",
                "أَدْخِلْ ٱلْمُرُورِ",
                "کلید یک ۳",
                "Işık ıki",
                "Ещё",
                ""));
        texts().sampleStream().limit(600).forEach(texts::add);

        List<String> byTheScript = foldedInNode(texts, dir);

        assertEquals(texts.size(), byTheScript.size(), "the script folded another number of texts");
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!byTheScript.get(i).equals(SearchWords.fold(texts.get(i)))) {
                differ.add(JSON.writeValueAsString(texts.get(i)) + ": the script gives "
                        + JSON.writeValueAsString(byTheScript.get(i)) + ", SearchWords.fold "
                        + JSON.writeValueAsString(SearchWords.fold(texts.get(i))));
            }
        }
        assertEquals(List.of(), differ, "SearchWords.fold and catalogue.js's fold differ");
    }

    /** The script's {@code fold} of each text, run by Node on the function as the page has it. */
    private static List<String> foldedInNode(List<String> texts, Path dir) throws IOException, InterruptedException {
        Path program = Files.writeString(
                dir.resolve("fold.js"),
                foldFunction() + "\n"
                        + "const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
                        + "process.stdout.write(JSON.stringify(texts.map(fold)));\n");
        Process node;
        try {
            node = new ProcessBuilder("node", program.toString())
                    .redirectError(dir.resolve("stderr.txt").toFile())
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "This test runs the catalogue's script in Node, and node is not installed (" + e.getMessage()
                            + "). Install Node.js (Debian: apt-get install nodejs); the CI installs it.",
                    e);
        }
        try (OutputStream in = node.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(texts));
        }
        byte[] out = node.getInputStream().readAllBytes();
        assertTrue(node.waitFor(2, TimeUnit.MINUTES), "node did not end");
        assertEquals(0, node.exitValue(), () -> "node failed: " + readQuietly(dir.resolve("stderr.txt")));
        return JSON.readValue(new String(out, StandardCharsets.UTF_8), new TypeReference<List<String>>() {});
    }

    /** The source of {@code function fold(text) {…}} in the script, to its closing brace. */
    static String foldFunction() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        Matcher start = FOLD.matcher(script);
        assertTrue(start.find(), SCRIPT + " has no « function fold(text) { »: the search folds what is typed there");
        int depth = 0;
        for (int i = start.end() - 1; i < script.length(); i++) {
            char c = script.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return script.substring(start.start(), i + 1);
            }
        }
        throw new AssertionError(SCRIPT + ": the function fold has no closing brace");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    static Arbitrary<String> texts() {
        Arbitrary<Character> french = Arbitraries.of(
                'a', 'É', 'é', 'è', 'ç', 'Œ', 'œ', 'İ', 'ß', 'Σ', 'ς', '1', '²', 'Ⅻ', ' ', '\u00a0', '’', '-', ':',
                '\u0301', '\u20dd', 'ı', 'ٱ', 'أ', 'َ', 'ـ', 'ى', 'ی', 'ک', 'ة', 'ۀ', '٣', '۳', '\u200c', 'ё', 'Й');
        // Characters of the JDK's Unicode version: one the browser knows and the JDK does not yet
        // (Java 17 reads Unicode 13) is no letter to the JDK, and no guide can be checked with it.
        Arbitrary<String> defined = Arbitraries.chars()
                .range('\u0000', '\uffff')
                .filter(Character::isDefined)
                .list()
                .ofMaxSize(40)
                .map(cs -> {
                    StringBuilder s = new StringBuilder();
                    cs.forEach(s::append);
                    return s.toString();
                });
        return Arbitraries.oneOf(
                defined,
                Arbitraries.strings().withChars('\ud83d', '\ude00', 'x').ofMaxLength(20),
                french.list().ofMaxSize(40).map(cs -> {
                    StringBuilder s = new StringBuilder();
                    cs.forEach(s::append);
                    return s.toString();
                }));
    }
}
