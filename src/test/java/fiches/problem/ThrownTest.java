package fiches.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Whatever was thrown is named one way in every message: its kind, then what it says, if anything. */
class ThrownTest {
    @Test
    void namesTheKindThenTheMessage() {
        assertEquals("AccessDeniedException: out/x.pdf", Thrown.describe(new AccessDeniedException("out/x.pdf")));
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsKindAloneNeverNull() {
        assertEquals("NullPointerException", Thrown.describe(new NullPointerException()));
        assertEquals("IllegalStateException", Thrown.describe(new IllegalStateException(" ")));
    }
}
