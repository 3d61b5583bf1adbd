package fiches.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each kind of problem carries its severity; a call cannot make a warning of an error. */
class KindTest {
    private static final Path FILE = Path.of("guides/x.md");

    @Test
    void aGuideIsStillMadeWithOnlyTheseKindsOfProblem() {
        Set<Kind> warnings = Stream.of(Kind.values())
                .filter(k -> k.severity() == Severity.WARNING)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
        assertEquals(
                EnumSet.of(
                        Kind.UNKNOWN_KEY,
                        Kind.UNKNOWN_CATEGORY,
                        Kind.GLYPH_MISSING,
                        Kind.RIGHT_TO_LEFT,
                        Kind.SCRIPT_NOT_OF_LANGUAGE),
                warnings);
    }

    @Test
    void aProblemIsAsSevereAsItsKind() {
        assertEquals(
                Severity.WARNING,
                Problem.of(FILE, 3, Kind.UNKNOWN_KEY, "m", "f").severity());
        assertEquals(
                Severity.ERROR, Problem.of(FILE, 3, Kind.YAML_TAG, "m", "f").severity());
    }

    @Test
    void aCallThatSaysErrorForAWarningKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Problem.error(FILE, 1, Kind.UNKNOWN_KEY, "m", "f"));
        assertThrows(IllegalArgumentException.class, () -> Problem.warning(FILE, 1, Kind.YAML_TAG, "m", "f"));
    }
}
