package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.product.Edition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No word is split across lines, in tables too: every word of the guide is found whole in the
 * text extracted line by line, as often as the guide has it, in both editions at every size.
 * Addresses may break after « / » or « . » and are checked by {@link AddressBreaksTest}.
 */
@Tag("integration")
class WholeWordsTest {
    private static final Pattern ADDRESS_LIKE = Pattern.compile(".*[/@].*|.*\\p{L}\\.\\p{L}.*");

    static Stream<Arguments> guides() {
        return PrintGuides.allAtEverySize();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void everyWordOfTheGuideIsPrintedWhole(PrintGuides.Printed g) throws Exception {
        for (Edition edition : Edition.pdfs()) {
            List<String> printed = PrintGuides.lines(g, edition).stream()
                    .flatMap(List::stream)
                    .flatMap(line -> PrintedLines.words(line).stream())
                    .toList();
            Map<String, Integer> found = PrintedLines.count(printed);
            Map<String, Integer> missing = new TreeMap<>();
            PrintedLines.count(guideWords(g, edition)).forEach((word, times) -> {
                if (found.getOrDefault(word, 0) < times) {
                    missing.put(word, times - found.getOrDefault(word, 0));
                }
            });
            assertEquals(Map.of(), missing, g + ", " + edition + ": words cut or lost (word=times)");
        }
    }

    /** The guide's words; an image's description is printed only in the handout. */
    private static List<String> guideWords(PrintGuides.Printed g, Edition edition) {
        List<String> words = new java.util.ArrayList<>(PrintedLines.words(GuideText.of(g.guide())));
        if (edition == Edition.ACCESSIBLE) {
            Inlines.forEach(g.guide().sections(), i -> {
                if (i instanceof Inline.Image image) {
                    PrintedLines.words(image.alt()).forEach(words::remove);
                }
            });
        }
        return words.stream().filter(w -> !ADDRESS_LIKE.matcher(w).matches()).toList();
    }
}
