package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import fiches.product.PrintSize;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Options are named one by one; what is not named is what a plain run does. */
class OptionsTest {
    private static final Path OUT = Path.of("out");

    @Test
    void whatIsNotNamedIsWhatAPlainRunDoes() {
        Options o = Options.builder(OUT).build();
        assertEquals(OUT, o.out());
        assertEquals(PrintSize.DEFAULT_PRESET, o.size());
        assertEquals(EnumSet.allOf(Edition.class), o.editions());
        assertFalse(o.force() || o.catalogue() || o.recueil());
        assertEquals(Optional.empty(), o.profile());
    }

    @Test
    void aBuilderFromOptionsChangesOnlyWhatItIsTold() {
        Options o = Options.builder(OUT)
                .size(24)
                .editions(EnumSet.of(Edition.HANDOUT))
                .catalogue(true)
                .recueil(true)
                .build();
        Options forced = o.toBuilder().force(true).build();
        assertTrue(forced.force());
        assertEquals(o, forced.toBuilder().force(false).build());
    }
}
