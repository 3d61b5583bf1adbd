package fiches.parse;

import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.loadBad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front matter: present, closed, valid YAML, with its required keys of the right types. */
class FrontMatterTest {

    @Test
    void rejectsAGuideWithoutFrontMatter() {
        Loaded loaded = loadBad("sans-front-matter.md");
        assertError(loaded, Kind.FRONT_MATTER_MISSING, 1);
        assertErrorKinds(loaded, Kind.FRONT_MATTER_MISSING);
    }

    @Test
    void rejectsAnUnclosedFrontMatterAtItsOpeningLine() {
        Loaded loaded = loadBad("front-matter-non-ferme.md");
        assertError(loaded, Kind.FRONT_MATTER_UNCLOSED, 1);
        assertErrorKinds(loaded, Kind.FRONT_MATTER_UNCLOSED);
    }

    @Test
    void reportsTheLineOfATabInTheFrontMatter() {
        Loaded loaded = loadBad("tabulation-dans-le-front-matter.md");
        Problem p = assertError(loaded, Kind.YAML_SYNTAX, 6);
        assertEquals(1, p.column());
        assertTrue(p.fix().contains("tabs"), p::toString);
        assertErrorKinds(loaded, Kind.YAML_SYNTAX);
    }

    @Test
    void rejectsAStepCountWrittenInWords() {
        Loaded loaded = loadBad("steps-en-toutes-lettres.md");
        assertOnlyError(loaded, Kind.WRONG_TYPE, 3, "'sept'");
    }

    @Test
    void rejectsATitleWrittenAsAList() {
        Loaded loaded = loadBad("titre-en-liste.md");
        assertOnlyError(loaded, Kind.WRONG_TYPE, 3, "title"); // the list starts on the line after title:
    }

    @Test
    void rejectsADuplicateKeyOnItsSecondLine() {
        Loaded loaded = loadBad("cle-en-double.md");
        Problem p = assertError(loaded, Kind.DUPLICATE_KEY, 5);
        assertTrue(p.message().contains("'title'") && p.message().contains("line 2"), p::toString);
        assertErrorKinds(loaded, Kind.DUPLICATE_KEY);
    }

    @Test
    void rejectsAGuideWithoutTitle() {
        Loaded loaded = loadBad("sans-titre.md");
        assertOnlyError(loaded, Kind.MISSING_KEY, 1, "'title'");
    }

    @Test
    void namesEveryRequiredKeyOfAnEmptyFrontMatter() {
        Loaded loaded = loadBad("front-matter-vide.md");
        assertError(loaded, Kind.MISSING_KEY, 1);
        List<String> messages = loaded.problems().stream().map(Problem::message).toList();
        for (String key : List.of("'title'", "'steps'", "'lang'")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(key)), () -> key + " in " + messages);
        }
        assertErrorKinds(loaded, Kind.MISSING_KEY);
    }

    @Test
    void rejectsALanguageNameInsteadOfACode() {
        Loaded loaded = loadBad("langue-invalide.md");
        assertOnlyError(loaded, Kind.INVALID_VALUE, 4, "'français'");
    }

    @ParameterizedTest(name = "lang: {0}")
    @ValueSource(strings = {"xx", "zu"})
    void rejectsALanguageFichesHasNoWordsFor(String code) {
        Loaded loaded = loadBad("langue-inconnue-" + code + ".md");
        Problem p = assertOnlyError(loaded, Kind.INVALID_VALUE, 4, "'" + code + "'", "fr", "en");
        assertTrue(p.fix().contains("lang: fr") && p.fix().contains("lang: en"), p::toString);
    }
}
