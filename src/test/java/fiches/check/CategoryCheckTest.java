package fiches.check;

import static fiches.problem.ProblemAssertions.GOOD;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Category;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.testing.TestGuides;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The category: a slug Fiches translates, or a warning and the words as written. */
class CategoryCheckTest {

    @Test
    void warnsOfAnUnknownCategoryOnItsLineAndStillMakesTheGuide() {
        Loaded loaded = load(GOOD.resolve("categorie-inconnue.md"));
        assertLoads(loaded);
        List<Problem> warnings = loaded.problems().stream()
                .filter(p -> p.kind() == Kind.UNKNOWN_CATEGORY)
                .toList();
        assertEquals(1, warnings.size(), loaded.problems()::toString);
        Problem p = warnings.get(0);
        assertEquals(4, p.line(), p::toString);
        assertTrue(!p.isError() && p.message().contains("'jardinage-numerique'"), p::toString);
        assertTrue(p.fix().contains("government") && p.fix().contains("leisure"), p::toString);
    }

    @Test
    void knowsTheCategoryOfEverySampleGuide() throws Exception {
        for (Path f : TestGuides.samples()) {
            Loaded loaded = load(f);
            assertTrue(
                    loaded.problems().stream().noneMatch(p -> p.kind() == Kind.UNKNOWN_CATEGORY),
                    loaded.problems()::toString);
        }
    }

    @Test
    void knowsTheListedSlugs() {
        for (String slug : List.of(
                "government",
                "health",
                "communication",
                "money",
                "finance",
                "transport",
                "everyday",
                "security",
                "equipment",
                "work",
                "education",
                "housing",
                "family",
                "shopping",
                "leisure")) {
            assertTrue(Category.fromSlug(slug).isPresent(), slug);
        }
    }
}
