package fiches.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each kind of problem carries its severity and whose it is; a call cannot make a warning of an error. */
class KindTest {
    private static final Path FILE = Path.of("guides/x.md");

    private static Set<Kind> kinds(java.util.function.Predicate<Kind> which) {
        return Stream.of(Kind.values())
                .filter(which)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
    }

    @Test
    void aGuideIsStillMadeWithOnlyTheseKindsOfProblem() {
        assertEquals(
                EnumSet.of(
                        Kind.UNKNOWN_KEY,
                        Kind.UNKNOWN_CATEGORY,
                        Kind.TRANSLATION_UNLINKED,
                        Kind.GLYPH_MISSING,
                        Kind.RIGHT_TO_LEFT,
                        Kind.SCRIPT_NOT_OF_LANGUAGE),
                kinds(k -> k.blame() == Blame.GUIDE && k.severity() == Severity.WARNING));
    }

    /** These end a run with status 3, as the README says: the output folder, the disk, the program. */
    @Test
    void theseAndOnlyTheseErrorsAreFichesOwnNeverAGuides() {
        assertEquals(
                EnumSet.of(
                        Kind.OUTPUT_FAILED,
                        Kind.INTERNAL_ERROR,
                        Kind.GUIDES_UNREADABLE,
                        Kind.INSTALLATION_BROKEN,
                        Kind.OUTPUT_LOCKED,
                        Kind.BOOK_NOT_MADE,
                        Kind.INTERRUPTED),
                kinds(k -> k.blame() == Blame.TOOL && k.severity() == Severity.ERROR));
    }

    /** A guide that is too complex or too slow is the guide's to simplify (status 1), not a fault of Fiches. */
    @Test
    void whatAGuideAsksBeyondTheLimitsIsBlamedOnTheGuide() {
        assertEquals(Blame.GUIDE, Kind.GUIDE_TOO_COMPLEX.blame());
        assertEquals(Blame.GUIDE, Kind.TIME_LIMIT.blame());
        assertEquals(Blame.GUIDE, Kind.RENDER_FAILED.blame());
    }

    /** What is told of the set-up never stops a run: the guides are made without it. */
    @Test
    void theSetUpOnlyWarns() {
        assertEquals(EnumSet.of(Kind.ENTRY_SKIPPED, Kind.PROFILE_PART_LEFT_OUT), kinds(k -> k.blame() == Blame.SETUP));
        assertTrue(kinds(k -> k.blame() == Blame.SETUP).stream().allMatch(k -> k.severity() == Severity.WARNING));
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
