package fiches.check;

import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.TestFiles;
import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guide in each language is read with its own heading words, its step numbers in its own
 * digits, and raises nothing: no right-to-left warning for Arabic and Persian, no script warning
 * for the Latin brand names in a Cyrillic or Arabic guide. The same text under the wrong lang is
 * warned about.
 */
class LanguageGuidesTest {
    @TempDir
    Path dir;

    static Stream<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.LANGUAGE_GUIDES)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void eachLanguagesGuideIsReadWithItsOwnHeadingsAndRaisesNothing(Path file) {
        Loaded loaded = load(file);
        Guide guide = assertLoads(loaded);
        assertEquals(List.of(), loaded.problems(), file.toString());
        assertEquals(List.of(1, 2, 3), guide.steps().stream().map(Step::number).toList(), file.toString());
        assertTrue(guide.steps().stream().noneMatch(s -> s.title().contains(":")), guide.steps()::toString);
        String code = file.getFileName().toString().substring(0, 2);
        assertEquals(code, guide.meta().lang().primary());
    }

    @Test
    void persianStepNumbersInAnyDigitsAreNumbers() {
        Guide guide = assertLoads(load(TestFiles.LANGUAGE_GUIDES.resolve("fa-nobat-doctolib.md")));
        assertEquals("پزشک خود را پیدا کنید", guide.steps().get(1).title());
    }

    @Test
    void aMalformedStepHeadingIsExplainedWithAnExampleInTheGuidesLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("g.md"), """
                ---
                title: "Una guía"
                steps: 1
                lang: es
                ---

                ## Los pasos

                ### Paso uno: Abrir
                """);
        Problem p = load(file).problems().stream()
                .filter(x -> x.kind() == Kind.STEP_HEADING_MALFORMED)
                .findFirst()
                .orElseThrow();
        assertEquals(9, p.line());
        assertTrue(p.message().contains("'Paso N: …'"), p::toString);
        assertTrue(p.fix().contains("### Paso 3: Buscar el botón"), p::toString);
    }

    @Test
    void aGuideMostlyInAnotherScriptThanItsLangIsWarnedAboutAtItsFirstLine() throws IOException {
        String arabic = Files.readString(TestFiles.LANGUAGE_GUIDES.resolve("ar-france-connect.md"));
        Path file = Files.writeString(dir.resolve("g.md"), arabic.replace("lang: \"ar\"", "lang: \"fr\""));
        Loaded loaded = load(file);
        List<Problem> found = loaded.problems().stream()
                .filter(p -> p.kind() == Kind.SCRIPT_NOT_OF_LANGUAGE)
                .toList();
        assertEquals(1, found.size(), loaded.problems()::toString);
        Problem p = found.get(0);
        assertTrue(!p.isError() && p.message().contains("Arabic") && p.message().contains("lang: fr"), p::toString);
        assertTrue(p.fix().contains("lang: ar (العربية)") && p.fix().contains("lang: fa (فارسی)"), p::toString);
        int firstBodyLine = arabic.lines().toList().lastIndexOf("---") + 2;
        assertTrue(p.line() > firstBodyLine && p.line() < firstBodyLine + 3, p::toString);
        // Under a left-to-right lang, the right-to-left text is still said to be laid out left to right.
        assertTrue(
                loaded.problems().stream().anyMatch(x -> x.kind() == Kind.RIGHT_TO_LEFT), loaded.problems()::toString);
    }

    @Test
    void aRussianGuideUnderLangUkIsNotWarnedAboutButUnderEnglishItIs() throws IOException {
        String russian = Files.readString(TestFiles.LANGUAGE_GUIDES.resolve("ru-otkryt-schet-v-banke.md"));
        Path asUkrainian = Files.writeString(
                dir.resolve("uk.md"),
                russian.replace("lang: \"ru\"", "lang: \"uk\"")
                        .replace("## Шаги", "## Кроки")
                        .replace("### Шаг", "### Крок"));
        assertEquals(List.of(), load(asUkrainian).problems(), "both are written in Cyrillic");
        Path asEnglish = Files.writeString(
                dir.resolve("en.md"),
                russian.replace("lang: \"ru\"", "lang: \"en\"")
                        .replace("## Шаги", "## Steps")
                        .replace("### Шаг", "### Step"));
        Problem p = load(asEnglish).problems().stream()
                .filter(x -> x.kind() == Kind.SCRIPT_NOT_OF_LANGUAGE)
                .findFirst()
                .orElseThrow();
        assertTrue(p.fix().contains("lang: ru (русский)") && p.fix().contains("lang: uk (українська)"), p::toString);
    }
}
