package fiches.parse;

import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No bound drops content silently, and each message states the real bound with its number and its line. */
class StatedBoundsTest {
    private static final String STEPS = "\n## Les étapes\n\n### Étape 1 : Ouvrir\n\nTexte.\n";

    @TempDir
    Path dir;

    private Path guide(String text) throws IOException {
        return Files.writeString(dir.resolve("guide.md"), text);
    }

    @Test
    void refusesTheHundredAndFirstQuestionRatherThanDroppingIt() throws IOException {
        StringBuilder faq = new StringBuilder("---\ntitle: \"T\"\nsteps: 1\nlang: fr\nfaq:\n");
        for (int i = 1; i <= 101; i++) {
            faq.append("  - question: \"Q").append(i).append(" ?\"\n    answer: \"R.\"\n");
        }
        // question i starts on line 5 + 2i - 1: the 101st on line 206
        Problem p = assertOnlyError(load(guide(faq + "---\n" + STEPS)), Kind.TOO_MANY_QUESTIONS, 206, "101", "100");
        assertTrue(p.fix().contains("100"), p::toString);
    }

    @Test
    void statesTheRangeOfTheStepCount() throws IOException {
        assertOnlyError(
                load(guide("---\ntitle: \"T\"\nsteps: 501\nlang: fr\n---\n" + STEPS)),
                Kind.WRONG_TYPE,
                3,
                "from 1 to 500",
                "'501'");
    }

    @Test
    void statesTheBoundOfAStepNumber() throws IOException {
        String text = "---\ntitle: \"T\"\nsteps: 1\nlang: fr\n---\n\n## Les étapes\n\n### Étape 10000 : Ouvrir\n";
        assertOnlyError(load(guide(text)), Kind.STEP_HEADING_MALFORMED, 9, "10000", "500");
    }

    @Test
    void rejectsAMalformedStepHeadingAtItsLine() throws IOException {
        String text = "---\ntitle: \"T\"\nsteps: 1\nlang: fr\n---\n\n## Les étapes\n\n### Première étape\n";
        Problem p = assertOnlyError(load(guide(text)), Kind.STEP_HEADING_MALFORMED, 9, "Première étape");
        assertTrue(p.fix().contains("### Étape 3 : "), p::toString);
    }

    @Test
    void reportsAnUnclosedQuoteWhereItOpens() throws IOException {
        String text = "---\ntitle: \"Un titre\ndescription: x\nsteps: 1\nlang: fr\n---\n" + STEPS;
        Problem p = assertOnlyError(load(guide(text)), Kind.YAML_SYNTAX, 2, "never closed");
        assertTrue(p.column() == 8, p::toString);
    }
}
