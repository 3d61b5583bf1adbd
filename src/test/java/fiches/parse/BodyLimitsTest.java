package fiches.parse;

import static fiches.parse.TinyGuide.BODY_LINE;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.loadBounded;

import fiches.problem.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies built to exhaust the stack or the clock are refused with their line and the bound's
 * number, within the time and memory bound, and the shallower forms of the same input still load.
 */
class BodyLimitsTest {
    @TempDir
    Path dir;

    @Test
    void refusesQuotesNestedPastTheLimit() {
        String body = "Avant.\n\n" + "> ".repeat(500) + "trop profond\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "q.md", body)), Kind.NESTING_TOO_DEEP, BODY_LINE + 2, "100");
    }

    @Test
    void refusesQuotesNestedOneLevelPastTwenty() {
        String body = ">".repeat(21) + " trop profond\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "q.md", body)), Kind.NESTING_TOO_DEEP, BODY_LINE, "20");
        assertLoads(loadBounded(TinyGuide.write(dir, "ok.md", ">".repeat(20) + " assez\n")));
    }

    @Test
    void refusesListsNestedByIndentationPastTwenty() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append("  ".repeat(i)).append("- niveau ").append(i + 1).append('\n');
        }
        assertOnlyError(
                loadBounded(TinyGuide.write(dir, "l.md", body.toString())),
                Kind.NESTING_TOO_DEEP,
                BODY_LINE + 20,
                "20");
    }

    @Test
    void refusesListsNestedOnOneLine() {
        String body = "- ".repeat(3000) + "fin\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "l.md", body)), Kind.NESTING_TOO_DEEP, BODY_LINE, "100");
    }

    @Test
    void refusesEmphasisNestedPastTwenty() {
        String body = "*a ".repeat(400) + "x" + " a*".repeat(400) + "\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "e.md", body)), Kind.NESTING_TOO_DEEP, BODY_LINE, "20");
    }

    @Test
    void refusesARunOfThousandsOfStars() {
        String line = "*".repeat(5000) + "\n";
        assertOnlyError(
                loadBounded(TinyGuide.write(dir, "s.md", "Texte.\n\n" + line)),
                Kind.NESTING_TOO_DEEP,
                BODY_LINE + 2,
                "5000",
                "100");
        String stars = "Texte " + "*".repeat(3000) + "a" + "*".repeat(3000) + "\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "e.md", stars)), Kind.RUN_TOO_LONG, BODY_LINE, "6001", "500");
    }

    @Test
    void refusesASpacedSeparatorLineOfThousandsOfMarks() {
        for (String mark : new String[] {"* ", "_ ", "- "}) {
            String body = mark.repeat(3000) + "\n";
            assertOnlyError(loadBounded(TinyGuide.write(dir, "s.md", body)), Kind.NESTING_TOO_DEEP, BODY_LINE, "100");
        }
    }

    @Test
    void refusesAWordLongerThanTheLimit() {
        String body = "Un mot : " + "a".repeat(300_000) + "\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "w.md", body)), Kind.RUN_TOO_LONG, BODY_LINE, "300000", "500");
        assertLoads(loadBounded(TinyGuide.write(dir, "ok.md", "Un mot : " + "a".repeat(500) + "\n")));
    }

    @Test
    void refusesAParagraphOfThousandsOfLinks() {
        String body = "Des liens :\n" + "[a](https://example.org) ".repeat(10_000) + "\n";
        assertOnlyError(loadBounded(TinyGuide.write(dir, "p.md", body)), Kind.PARAGRAPH_TOO_LONG, BODY_LINE, "10000");
    }

    @Test
    void refusesTheFiveHundredAndFirstLink() {
        String body = "[lien](https://example.org)\n\n".repeat(501);
        assertOnlyError(
                loadBounded(TinyGuide.write(dir, "l.md", body)), Kind.TOO_MANY_LINKS, BODY_LINE + 1000, "501", "500");
        assertLoads(loadBounded(TinyGuide.write(dir, "ok.md", "[lien](https://example.org)\n\n".repeat(500))));
    }

    @Test
    void refusesTheHundredAndFirstImageWithoutReadingIt() {
        // no image exists: only the first 100 are looked for, each reported missing
        String body = "![Une image](images/absente.png)\n\n".repeat(101);
        var loaded = loadBounded(TinyGuide.write(dir, "i.md", body));
        fiches.problem.ProblemAssertions.assertError(loaded, Kind.TOO_MANY_IMAGES, BODY_LINE + 200);
        org.junit.jupiter.api.Assertions.assertEquals(
                100,
                loaded.problems().stream()
                        .filter(p -> p.kind() == Kind.IMAGE_NOT_FOUND)
                        .count());
    }

    @Test
    void reportsALinkInTheMiddleOfALineAtItsOwnLine() {
        String body = "Voir\nle [site](ftp://x.fr) ici.\n\nPuis [celui-ci](ftp://y.fr).\n";
        var loaded = loadBounded(TinyGuide.write(dir, "l.md", body));
        fiches.problem.ProblemAssertions.assertError(loaded, Kind.LINK_NOT_ALLOWED, BODY_LINE + 1);
        fiches.problem.ProblemAssertions.assertError(loaded, Kind.LINK_NOT_ALLOWED, BODY_LINE + 3);
    }
}
