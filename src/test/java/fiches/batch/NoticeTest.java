package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.problem.Kind;
import org.junit.jupiter.api.Test;

/** What a run tells of itself speaks the words of a guide's problems: a kind, its severity, whose it is. */
class NoticeTest {
    @Test
    void aNoticeIsAnErrorExactlyWhenItsKindIs() {
        assertTrue(new Notice(Kind.OUTPUT_LOCKED, "m", "f").error());
        assertFalse(new Notice(Kind.ENTRY_SKIPPED, "m", "f").error());
        assertFalse(new Notice(Kind.RECORD_REBUILT, "m", "f").error());
    }

    /** A run fails (status 3) only of Fiches' own failures: a guide's error cannot be made one. */
    @Test
    void aToolFailureIsNeverBlamedOnAGuide() {
        assertThrows(IllegalArgumentException.class, () -> new ToolFailure(Kind.YAML_TAG, "m", "f", null));
        assertThrows(IllegalArgumentException.class, () -> new ToolFailure(Kind.TIME_LIMIT, "m", "f", null));
        assertThrows(IllegalArgumentException.class, () -> new ToolFailure(Kind.RECORD_REBUILT, "m", "f", null));
        assertThrows(IllegalArgumentException.class, () -> new Notice(Kind.RAW_HTML, "m", "f"));
        Notice n = new ToolFailure(Kind.OUTPUT_FAILED, "The disk is full.", "Free some space.", null).notice();
        assertEquals(new Notice(Kind.OUTPUT_FAILED, "The disk is full.", "Free some space."), n);
        assertTrue(n.error());
    }
}
