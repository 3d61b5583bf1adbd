package fiches.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A guide's problems as one value: bounded, and whether it has errors, and whose, over all of them. */
class ProblemsTest {
    private static final Path FILE = Path.of("guides/x.md");

    private static Problem warning(int line) {
        return Problem.warning(FILE, line, Kind.UNKNOWN_KEY, "Unknown key.", "Remove it.");
    }

    @Test
    void aMillionProblemsKeepABoundedListAndCountTheRest() {
        Problems.Builder b = Problems.builder();
        IntStream.rangeClosed(1, 1_000_000).forEach(i -> b.add(warning(i)));
        Problems p = b.build();
        assertEquals(Problems.KEPT, p.size());
        assertEquals(1_000_000 - Problems.KEPT, p.leftOut());
        assertEquals(1, p.get(0).line(), "the first found are the ones kept");
        assertEquals(Problems.KEPT, p.get(p.size() - 1).line());
        assertFalse(p.hasErrors());
    }

    @Test
    void anErrorLeftOutStillFailsTheGuide() {
        List<Problem> found = new ArrayList<>();
        IntStream.rangeClosed(1, Problems.KEPT).forEach(i -> found.add(warning(i)));
        found.add(Problem.error(FILE, 999, Kind.RAW_HTML, "Raw HTML.", "Remove it."));
        Problems p = Problems.of(found);
        assertEquals(1, p.leftOut());
        assertTrue(p.stream().noneMatch(Problem::isError), "the error is the one left out");
        assertTrue(p.hasErrors());
        assertFalse(p.toolFailed(), "a guide's error is not Fiches' failure");
    }

    @Test
    void whatOneValueLeftOutIsStillLeftOutWhenMoreAreAdded() {
        List<Problem> found = new ArrayList<>();
        IntStream.rangeClosed(1, Problems.KEPT + 5).forEach(i -> found.add(warning(i)));
        found.add(Problem.error(FILE, 0, Kind.INTERNAL_ERROR, "Fault.", "Report it."));
        Problems more = Problems.of(found).plus(List.of(warning(1)));
        assertEquals(Problems.KEPT, more.size());
        assertEquals(7, more.leftOut());
        assertTrue(more.hasErrors() && more.toolFailed(), "a fault of Fiches left out is still told by the value");
    }

    @Test
    void onlyAnErrorBlamedOnFichesIsAToolFailure() {
        Problems output = Problems.of(Problem.error(FILE, 0, Kind.OUTPUT_FAILED, "Disk full.", "Free space."));
        assertTrue(output.hasErrors() && output.toolFailed());
        Problems guide = Problems.of(Problem.error(FILE, 3, Kind.YAML_TAG, "A tag.", "Remove it."));
        assertTrue(guide.hasErrors());
        assertFalse(guide.toolFailed());
        assertFalse(Problems.NONE.hasErrors() || Problems.NONE.toolFailed());
    }

    @Test
    void aValueIsNotCopiedAgain() {
        Problems p = Problems.of(warning(1));
        assertSame(p, Problems.of(p));
    }
}
