package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.TestFiles;
import fiches.product.Edition;
import fiches.product.PrintSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A guide in each language Fiches knows, rendered at every size in both editions: the step word,
 * the labels and the month are in the guide's language, no French or English label is left, and
 * the PDF's {@code /Lang} is the guide's.
 */
class LanguagesTest {
    /** What a native reader expects to see printed, by language: the step word, labels, the month. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(
                    "es",
                    List.of(
                            "Paso 1: Abrir",
                            "Nivel: fácil",
                            "Tema: Salud",
                            "14 de marzo de 2026",
                            "Preguntas frecuentes",
                            "Mis notas")),
            Map.entry(
                    "it",
                    List.of(
                            "Passo 1: Aprire",
                            "Livello: medio",
                            "Tema: Salute",
                            "Aggiornamento: 1º maggio 2026",
                            "I miei appunti")),
            Map.entry(
                    "pt",
                    List.of(
                            "Passo 1: Abrir",
                            "Nível: médio",
                            "Tema: Procedimentos administrativos",
                            "9 de fevereiro de 2026")),
            Map.entry(
                    "de",
                    List.of(
                            "Schritt 1: Bei ELSTER",
                            "Schwierigkeit: schwer",
                            "Thema: Finanzen",
                            "Stand: 1. Juli 2026",
                            "Häufige Fragen",
                            "Meine Notizen")),
            Map.entry(
                    "ro",
                    List.of(
                            "Pasul 1: Deschideți",
                            "Nivel: ușor",
                            "Temă: Demersuri administrative",
                            "22 septembrie 2026",
                            "Notițele mele")),
            Map.entry(
                    "tr",
                    List.of(
                            "Adım 1: Uygulamayı",
                            "Adım 2: Şifrenizi",
                            "Zorluk: kolay",
                            "Konu: Resmî işlemler",
                            "5 Ekim 2026",
                            "Notlarım")),
            Map.entry(
                    "uk",
                    List.of(
                            "Крок 1: Відкрийте",
                            "Складність: середньо",
                            "Тема: Робота і працевлаштування",
                            "1 квітня 2026 р.",
                            "Часті запитання",
                            "Мої нотатки")),
            Map.entry(
                    "ru",
                    List.of(
                            "Шаг 1: Найдите",
                            "Сложность: сложно",
                            "Тема: Деньги и банк",
                            "30 ноября 2026 г.",
                            "Мои заметки")),
            Map.entry("ar", List.of("الخطوة", "المستوى", "سهل", "الموضوع", "يونيو", "أسئلة", "شائعة", "ملاحظاتي")),
            Map.entry("fa", List.of("مرحلهٔ", "سطح", "متوسط", "موضوع", "اوت", "یادداشت‌های")));

    /** Labels of the French and English files that no other language's PDF may print. */
    private static final List<String> FOREIGN = List.of(
            "Étape",
            "Niveau",
            "Thème",
            "Mis à jour",
            "Questions fréquentes",
            "Mes notes",
            "(suite)",
            "Step ",
            "Level",
            "Topic",
            "Updated on",
            "Frequently asked",
            "My notes",
            "(continued)");

    static Stream<Arguments> guides() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(TestFiles.LANGUAGE_GUIDES)) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        return files.stream()
                .flatMap(f -> PrintSize.PRESETS.stream().map(size -> Arguments.of(EverySize.get(f, size))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theWordsAndTheLangOfBothEditionsAreTheGuides(EverySize.Sized g) throws IOException {
        String code = g.guide().meta().lang().primary();
        for (Edition edition : Edition.pdfs()) {
            try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
                assertEquals(
                        g.guide().meta().lang().tag(), doc.getDocumentCatalog().getLanguage(), g + " " + edition);
                String text = readable(String.join(" ", PdfText.pages(doc)));
                for (String expected : EXPECTED.get(code)) {
                    assertTrue(
                            printed(text, readable(expected)),
                            g + " " + edition + ": no « " + expected + " » in " + text);
                }
                for (String label : FOREIGN) {
                    assertFalse(text.contains(label), g + " " + edition + ": « " + label + " » in " + text);
                }
            }
        }
    }

    static Stream<Arguments> oneGuidePerScript() {
        return Stream.of("ro-programare-consulat.md", "uk-zapys-france-travail.md", "ar-france-connect.md")
                .map(name -> Arguments.of(EverySize.get(TestFiles.LANGUAGE_GUIDES.resolve(name), 18)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneGuidePerScript")
    void bothEditionsOfAGuideInEachScriptArePdfUa1(EverySize.Sized g) throws Exception {
        for (Edition edition : Edition.pdfs()) {
            List<String> failed = VeraPdf.failedRules(g.pdf(edition), PDFAFlavour.PDFUA_1);
            assertEquals(List.of(), failed, g + " " + edition + " fails PDF/UA-1");
        }
    }

    /**
     * Whether the text holds the words (one word for Arabic and Persian), in reading order or, for a right-to-left script drawn
     * before it is laid out right to left, in the order the glyphs were drawn.
     */
    private static boolean printed(String text, String words) {
        return text.contains(words)
                || text.contains(new StringBuilder(words).reverse().toString());
    }

    /** Spaces made one, shaped Arabic letters (presentation forms) made the letters they are, without their marks
     * (hamza, ezafe, vowels), which a drawing in glyph order may set before or after their letter. */
    private static String readable(String s) {
        return PdfText.normalize(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("[\\p{M}\\u200C]", "");
    }
}
