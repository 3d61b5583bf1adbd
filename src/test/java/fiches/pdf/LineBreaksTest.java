package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.product.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line starts with closing punctuation and none ends with an elided article or an opening
 * bracket, wherever bold, a link or another inline element begins or ends.
 */
@Tag("integration")
class LineBreaksTest {
    private static final Pattern STARTS_WITH_CLOSING = Pattern.compile("^[,.;:!?)»…].*");
    private static final Pattern ENDS_WITH_ELISION_OR_OPENING = Pattern.compile(".*(\\p{L}['’ʼ]|[«(\\[])$");

    static Stream<Arguments> guides() {
        return PrintGuides.allAtEverySize();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void noLineStartsWithClosingPunctuationNorEndsWithAnElidedArticle(PrintGuides.Printed g) {
        for (Edition edition : Edition.pdfs()) {
            List<String> wrong = new ArrayList<>();
            List<List<String>> pages = PrintGuides.lines(g, edition);
            for (int p = 0; p < pages.size(); p++) {
                for (String line : pages.get(p)) {
                    if (STARTS_WITH_CLOSING.matcher(line).matches()
                            || ENDS_WITH_ELISION_OR_OPENING.matcher(line).matches()) {
                        wrong.add("page " + (p + 1) + ": « " + line + " »");
                    }
                }
            }
            assertEquals(List.of(), wrong, g + ", " + edition);
        }
    }

    /** The guide written for this rule puts its boundaries at line ends at every size: check it does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("boldAndApostrophes")
    void theTestGuideHasBoundariesAtLineEnds(PrintGuides.Printed g) {
        long boundaryLineEnds = PrintGuides.lines(g, Edition.HANDOUT).stream()
                .flatMap(List::stream)
                .filter(
                        l -> l.matches(
                                ".*\\b(Application|Valider\\.|Ameli|message|Continuer,|OK\\)\\s?!|\\(www\\.ameli\\.fr\\)\\s?:)$"))
                .count();
        org.junit.jupiter.api.Assertions.assertTrue(
                boundaryLineEnds >= 3,
                g + ": only " + boundaryLineEnds
                        + " lines end at an inline boundary; the guide no longer tests the rule");
    }

    static Stream<Arguments> boldAndApostrophes() {
        return PrintGuides.atEverySize("gras-et-apostrophes.md");
    }
}
