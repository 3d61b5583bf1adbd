package fiches.batch;

import static fiches.problem.ProblemAssertions.BAD;
import static fiches.problem.ProblemAssertions.describe;
import static fiches.problem.ProblemAssertions.loadBounded;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.problem.Problem;
import fiches.testing.TestGuides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader turns every bad guide into problems, never into an exception or a silent skip,
 * within seconds and megabytes.
 */
class GuideLoaderTest {

    static Stream<Path> badGuides() throws IOException {
        return TestGuides.under(BAD).stream();
    }

    @ParameterizedTest
    @MethodSource("badGuides")
    void refusesEveryBadGuideWithAnExplainedError(Path file) {
        GuideLoader.Loaded loaded = loadBounded(file);
        assertTrue(loaded.hasErrors(), () -> file + ": " + describe(loaded));
        assertTrue(loaded.guide().isEmpty());
        for (Problem p : loaded.problems()) {
            assertFalse(p.message().isBlank(), p::toString);
            assertFalse(p.fix().isBlank(), p::toString);
            assertTrue(p.toString().startsWith(file.toString()), p::toString);
        }
    }
}
