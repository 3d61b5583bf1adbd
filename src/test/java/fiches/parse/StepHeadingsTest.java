package fiches.parse;

import static fiches.problem.ProblemAssertions.GOOD;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.product.LanguageRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step headings in their accepted spellings: French typography, decomposed accents, English. */
class StepHeadingsTest {

    @Test
    void acceptsNonBreakingSpacesAroundTheStepNumberAndColon() {
        Guide guide = assertLoads(load(GOOD.resolve("espaces-insecables.md")));
        assertEquals(List.of(1, 2), numbers(guide));
        assertEquals(List.of("Aller sur le site du service public", "Trouver le bouton France Connect"), titles(guide));
        assertEquals(List.of(9, 13), guide.steps().stream().map(Step::line).toList());
    }

    @Test
    void acceptsAnAccentWrittenAsACombiningMark() {
        Guide guide = assertLoads(load(GOOD.resolve("etape-accent-decompose.md")));
        assertEquals(List.of(1, 2), numbers(guide));
        assertEquals(2, guide.meta().steps());
    }

    @Test
    void acceptsAnEnglishGuide() {
        Guide guide = assertLoads(load(GOOD.resolve("english-steps.md")));
        assertEquals(List.of(1, 2), numbers(guide));
        assertEquals(List.of("Open the conversation", "Start the video call"), titles(guide));
        assertEquals("en", guide.meta().lang().tag());
        assertEquals(
                List.of(new FaqEntry(
                        "Does a video call cost money?", "No. It uses your Internet connection, like a web page.")),
                guide.faq());
        assertTrue(LanguageRules.of(guide.meta().lang()).isStepsTitle("Steps"));
    }

    @Test
    void recognisesTheStepsSectionWithoutCaseOrAccents() {
        LanguageRules french = LanguageRules.of("fr");
        for (String title : List.of("Les étapes", "Les etapes", "LES ÉTAPES", "Étapes", "  les Étapes ")) {
            assertTrue(french.isStepsTitle(title), title);
        }
        assertFalse(french.isStepsTitle("Conseils utiles"));
    }

    private static List<Integer> numbers(Guide guide) {
        return guide.steps().stream().map(Step::number).toList();
    }

    private static List<String> titles(Guide guide) {
        return guide.steps().stream().map(Step::title).toList();
    }
}
