package fiches.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.check.TranslationLinks.Named;
import fiches.guide.Translations;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The collection's links: groups, and a warning at its line for each link that is not as written. */
class TranslationLinksTest {
    private static Named guide(String slug, String original, int line) {
        return new Named(Path.of("guides", slug + ".md"), slug, Optional.ofNullable(original), line);
    }

    @Test
    void anOriginalAndItsTranslationsAreOneGroupWithoutWarning() {
        List<Named> guides =
                List.of(guide("fr", null, 0), guide("en", "fr", 6), guide("es", "fr", 7), guide("alone", null, 0));
        assertEquals(List.of(), TranslationLinks.problems(guides));
        Translations t = new Translations(Map.of(
                "fr", Optional.empty(), "en", Optional.of("fr"), "es", Optional.of("fr"), "alone", Optional.empty()));
        assertEquals(List.of("en", "es", "fr"), t.group("fr"));
        assertEquals(List.of("en", "es", "fr"), t.group("es"));
        assertEquals(List.of("alone"), t.group("alone"));
    }

    @Test
    void anUnknownNameIsAWarningAtItsLineAndTheGuideStandsAlone() {
        List<Problem> problems = TranslationLinks.problems(
                List.of(guide("a", null, 0), guide("fr", null, 0), guide("en", "fr-typo", 6)));
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals(Kind.TRANSLATION_UNLINKED, p.kind());
        assertEquals(Path.of("guides", "en.md"), p.file());
        assertEquals(6, p.line());
        assertTrue(p.message().contains("'fr-typo'") && p.message().contains("fr-typo.md"), p::toString);
        assertTrue(p.fix().contains("translation_of: fr"), p::toString);
        assertEquals(
                List.of("en"),
                new Translations(Map.of("fr", Optional.empty(), "en", Optional.of("fr-typo"))).group("en"));
    }

    @Test
    void aChainIsGroupedWithTheOriginalAndToldToNameIt() {
        List<Problem> problems =
                TranslationLinks.problems(List.of(guide("fr", null, 0), guide("en", "fr", 6), guide("es", "en", 8)));
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(Path.of("guides", "es.md"), p.file());
        assertEquals(8, p.line());
        assertEquals("Name the original guide: translation_of: fr.", p.fix());
        Translations t =
                new Translations(Map.of("fr", Optional.empty(), "en", Optional.of("fr"), "es", Optional.of("en")));
        assertEquals(List.of("en", "es", "fr"), t.group("es"));
    }

    @Test
    void aLoopIsAWarningOnEachGuideOfItAndNoneIsGrouped() {
        List<Problem> problems =
                TranslationLinks.problems(List.of(guide("a", "b", 5), guide("b", "a", 6), guide("c", "a", 7)));
        assertEquals(List.of(5, 6, 7), problems.stream().map(Problem::line).toList(), problems::toString);
        assertTrue(problems.get(0).message().contains("a → b → a"), problems.get(0)::toString);
        assertTrue(problems.get(2).message().contains("a → b → a"), problems.get(2)::toString);
        Translations t = new Translations(Map.of("a", Optional.of("b"), "b", Optional.of("a"), "c", Optional.of("a")));
        assertEquals(List.of("a"), t.group("a"));
        assertEquals(List.of("c"), t.group("c"));
    }
}
