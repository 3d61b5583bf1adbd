package fiches.check;

import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.loadBad;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.problem.Kind;
import fiches.problem.Problem;
import org.junit.jupiter.api.Test;

/** The steps: present, numbered 1, 2, 3… and as many as the front matter says. */
class StepChecksTest {

    @Test
    void rejectsAStepCountThatDoesNotMatchTheHeadings() {
        Loaded loaded = loadBad("nombre-d-etapes-faux.md");
        Problem p = assertError(loaded, Kind.STEP_COUNT_MISMATCH, 3); // the line of steps:
        assertTrue(p.message().contains("steps: 5") && p.message().contains("3 step headings"), p::toString);
        assertTrue(p.fix().contains("steps: 3"), p::toString);
        assertErrorKinds(loaded, Kind.STEP_COUNT_MISMATCH);
    }

    @Test
    void rejectsAStepNumberGap() {
        Loaded loaded = loadBad("numerotation-avec-un-trou.md");
        Problem p = assertError(loaded, Kind.STEP_NUMBER_OUT_OF_ORDER, 17); // ### Étape 4
        assertTrue(p.message().contains("step 3") && p.message().contains("says 4"), p::toString);
        assertErrorKinds(loaded, Kind.STEP_NUMBER_OUT_OF_ORDER);
    }

    @Test
    void rejectsAStepsSectionWithoutSteps() {
        Loaded loaded = loadBad("sans-etapes.md");
        assertError(loaded, Kind.NO_STEPS, 11); // ## Les étapes
        assertErrorKinds(loaded, Kind.NO_STEPS);
    }

    @Test
    void reportsAWrongLanguageAndAWrongStepCountTogether() {
        Loaded loaded = loadBad("plusieurs-erreurs.md");
        assertError(loaded, Kind.INVALID_VALUE, 4);
        Problem count = assertError(loaded, Kind.STEP_COUNT_MISMATCH, 3);
        assertTrue(
                count.message().contains("steps: 3") && count.message().contains("2 step headings"), count::toString);
        assertErrorKinds(loaded, Kind.INVALID_VALUE, Kind.STEP_COUNT_MISMATCH);
    }
}
