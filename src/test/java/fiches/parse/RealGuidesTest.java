package fiches.parse;

import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.testing.TestGuides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every guide shipped in guides/ parses cleanly; the source text itself serves as the expected value. */
class RealGuidesTest {
    private static final Path GUIDES = fiches.TestFiles.SAMPLES;
    private static final Pattern STEP_LINE = Pattern.compile("^### (?:[EÉ]tape|Step) \\d+ ?:.*$", Pattern.MULTILINE);
    private static final Pattern QUESTION_LINE = Pattern.compile("^ +- question:", Pattern.MULTILINE);

    static Stream<Path> guides() throws IOException {
        return TestGuides.samples().stream();
    }

    @Test
    void theGuidesFolderHasGuides() throws IOException {
        assertTrue(guides().count() >= 1, "no guide in " + GUIDES.toAbsolutePath());
    }

    @ParameterizedTest
    @MethodSource("guides")
    void loadsWithoutError(Path file) {
        assertLoads(load(file));
    }

    @ParameterizedTest
    @MethodSource("guides")
    void hasAsManyStepsAsItsFrontMatterAnnounces(Path file) throws IOException {
        Guide guide = assertLoads(load(file));
        int headings = (int) STEP_LINE.matcher(Files.readString(file)).results().count();
        assertEquals(guide.meta().steps(), guide.steps().size());
        assertEquals(headings, guide.steps().size());
    }

    @ParameterizedTest
    @MethodSource("guides")
    void numbersItsStepsFromOneWithTitles(Path file) {
        List<Step> steps = assertLoads(load(file)).steps();
        assertEquals(
                IntStream.rangeClosed(1, steps.size()).boxed().toList(),
                steps.stream().map(Step::number).toList());
        for (Step step : steps) {
            assertFalse(step.title().isBlank(), () -> "step " + step.number() + " has no title");
            assertFalse(step.body().isEmpty(), () -> "step " + step.number() + " has no text");
        }
    }

    @ParameterizedTest
    @MethodSource("guides")
    void readsItsQuestions(Path file) throws IOException {
        Guide guide = assertLoads(load(file));
        String text = Files.readString(file);
        String frontMatter = text.substring(0, text.indexOf("\n---", 3));
        assertEquals(
                QUESTION_LINE.matcher(frontMatter).results().count(),
                guide.faq().size());
        for (FaqEntry entry : guide.faq()) {
            assertFalse(entry.question().isBlank());
            assertFalse(entry.answer().isBlank());
            assertTrue(frontMatter.contains(entry.question()), entry::question);
        }
    }
}
