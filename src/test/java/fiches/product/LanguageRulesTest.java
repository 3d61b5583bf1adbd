package fiches.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each language's heading words, digits and rules, as its data file gives them. */
class LanguageRulesTest {

    /** Every language: its steps section titles, step heading and help section, as a writer types them. */
    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of(
                        "fr", List.of("Les étapes", "Étapes", "les etapes"), "Étape 2 : Ouvrir", "Si ça ne marche pas"),
                Arguments.of("en", List.of("The steps", "Steps"), "Step 2: Open", "If it doesn’t work"),
                Arguments.of("es", List.of("Los pasos", "Pasos"), "Paso 2: Título", "Si no funciona"),
                Arguments.of("it", List.of("I passaggi", "Passaggi"), "Passo 2: Titolo", "Se non funziona"),
                Arguments.of("pt", List.of("Os passos", "Passos"), "Passo 2: Título", "Se não funcionar"),
                Arguments.of("de", List.of("Die Schritte", "Schritte"), "Schritt 2: Titel", "Wenn es nicht klappt"),
                Arguments.of("ro", List.of("Pașii", "Pași", "Paşii"), "Pasul 2: Titlu", "Dacă nu merge"),
                Arguments.of("tr", List.of("Adımlar", "ADIMLAR"), "Adım 2: Başlık", "Çalışmazsa"),
                Arguments.of("uk", List.of("Кроки"), "Крок 2: Назва", "Якщо не виходить"),
                Arguments.of("ru", List.of("Шаги"), "Шаг 2: Название", "Если не получается"),
                Arguments.of("ar", List.of("الخطوات"), "الخطوة 2: العنوان", "إذا لم ينجح الأمر"),
                Arguments.of("fa", List.of("مراحل"), "مرحله 2: عنوان", "اگر کار نکرد"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void readsTheHeadingsOfEachLanguageWithoutCaseOrAccents(String code, List<String> steps, String step, String help) {
        LanguageRules rules = LanguageRules.of(code);
        Locale locale = rules.locale();
        for (String title : steps) {
            for (String written :
                    List.of(title, title.toUpperCase(locale), title.toLowerCase(locale), " " + title + " ")) {
                assertTrue(rules.isStepsTitle(written), code + ": « " + written + " »");
            }
        }
        for (String written : List.of(step, step.toUpperCase(locale), step.toLowerCase(locale))) {
            Optional<StepHeading> read = rules.readStepHeading(written);
            assertTrue(read.isPresent(), code + ": « " + written + " »");
            assertEquals(2, read.get().number(), written);
        }
        for (String written : List.of(help, help.toUpperCase(locale), help + " :", help + "?", help + "؟")) {
            assertTrue(rules.isHelpTitle(written), code + ": « " + written + " »");
        }
        assertFalse(rules.isStepsTitle("Conseils utiles"));
        assertFalse(rules.isHelpTitle(steps.get(0)));
    }

    @Test
    void eachLanguageReadsOnlyItsOwnWords() {
        assertFalse(LanguageRules.of("es").isStepsTitle("Les étapes"));
        assertTrue(LanguageRules.of("es").readStepHeading("Étape 1 : Ouvrir").isEmpty());
        assertTrue(LanguageRules.of("fr").readStepHeading("Paso 1: Abrir").isEmpty());
        assertFalse(LanguageRules.of("de").isHelpTitle("Si no funciona"));
    }

    @Test
    void turkishHeadingsFollowTurkishCasing() {
        LanguageRules tr = LanguageRules.of("tr");
        for (String written :
                List.of("ADIM 4: Başlık", "adım 4: başlık", "Adım 4: Başlık", "ADIM4:Başlık", "Adim 4: x")) {
            assertEquals(
                    4,
                    tr.readStepHeading(written)
                            .orElseThrow(() -> new AssertionError(written))
                            .number());
        }
        assertTrue(tr.isHelpTitle("ÇALIŞMAZSA:"));
        assertTrue(tr.isHelpTitle("çalışmazsa"));
        // Under the root locale, « ADIM » lower-cases to « adim » and « İ » to « i̇ »: Turkish rules
        // give « adım » and « i », which the capital of an unknown category needs too.
        assertEquals("İstanbul", tr.capitalized("istanbul"));
        assertEquals("Istanbul", LanguageRules.of("en").capitalized("istanbul"));
    }

    @Test
    void stepNumbersMayBeWrittenInTheScriptsOwnDigits() {
        LanguageRules ar = LanguageRules.of("ar");
        assertEquals(
                new StepHeading("١", 1, "افتح الموقع"),
                ar.readStepHeading("الخطوة ١: افتح الموقع").orElseThrow());
        assertEquals(12, ar.readStepHeading("الخطوة ١٢ : العنوان").orElseThrow().number());
        assertEquals(3, ar.readStepHeading("خطوة 3: العنوان").orElseThrow().number());
        LanguageRules fa = LanguageRules.of("fa");
        assertEquals(2, fa.readStepHeading("مرحله ۲: عنوان").orElseThrow().number());
        assertEquals(2, fa.readStepHeading("مرحلهٔ ۲: عنوان").orElseThrow().number(), "with the ezafe");
        assertEquals(7, fa.readStepHeading("مرحله ٧: عنوان").orElseThrow().number(), "Arabic-Indic digits");
        assertEquals(15, fa.readStepHeading("مرحله ۱۵: عنوان").orElseThrow().number());
        assertEquals(
                1,
                fa.readStepHeading("مرحله ۱: دكمه را پيدا كنيد").orElseThrow().number(),
                "Arabic yeh and kaf");
        assertTrue(LanguageRules.of("fr").readStepHeading("Étape ٣ : Ouvrir").isEmpty(), "French takes ASCII digits");
        assertEquals(
                -1,
                LanguageRules.of("fr")
                        .readStepHeading("Étape 1000 : Trop")
                        .orElseThrow()
                        .number());
    }

    @Test
    void theSeparatorMayBeSpacedAsTheLanguageWritesIt() {
        LanguageRules es = LanguageRules.of("es");
        for (String written : List.of("Paso 1: Abrir", "Paso 1 : Abrir", "Paso\u00A01\u00A0: Abrir", "Paso1:Abrir")) {
            assertEquals(
                    "Abrir",
                    es.readStepHeading(written)
                            .orElseThrow(() -> new AssertionError(written))
                            .title());
        }
    }

    @Test
    void theDirectionScriptsAndFontOfEachLanguage() {
        assertEquals(TextDirection.RTL, LanguageRules.of("ar").direction());
        assertEquals(
                TextDirection.Side.RIGHT, LanguageRules.of("fa").direction().start());
        assertEquals(TextDirection.Side.LEFT, LanguageRules.of("fr").direction().start());
        assertEquals(TextDirection.Side.LEFT, TextDirection.RTL.end());
        assertEquals("Noto Sans Arabic", LanguageRules.of("fa").font());
        assertEquals("Noto Sans", LanguageRules.of("uk").font());
        assertEquals("Atkinson Hyperlegible Next", LanguageRules.of("ro").font());
        assertEquals(
                java.util.Set.of(UnicodeScript.CYRILLIC), LanguageRules.of("ru").scripts());
        assertEquals("العربية", LanguageRules.of("ar").name());
        assertEquals("Español".toLowerCase(Locale.ROOT), LanguageRules.of("es").name());
    }

    @Test
    void theKnownLanguagesAreTheDataFilesFrenchFirst() {
        List<String> known = LanguageRules.known();
        assertEquals(List.of("fr", "en"), known.subList(0, 2));
        assertTrue(
                known.containsAll(List.of("es", "it", "pt", "de", "ro", "tr", "uk", "ru", "ar", "fa")),
                known::toString);
        assertTrue(LanguageRules.isKnown("pt-BR"));
        assertFalse(LanguageRules.isKnown("zu"));
    }

    @Test
    void russianAndUkrainianKeepTheirOneLetterPrepositionsWithTheNextWord() {
        assertTrue(LanguageRules.of("ru").keepsWithNext("в"));
        assertTrue(LanguageRules.of("ru").keepsWithNext("С"));
        assertTrue(LanguageRules.of("uk").keepsWithNext("і"));
        assertFalse(LanguageRules.of("ru").keepsWithNext("банк"));
        assertFalse(LanguageRules.of("fr").keepsWithNext("à"));
    }
}
