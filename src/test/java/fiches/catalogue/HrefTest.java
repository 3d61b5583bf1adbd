package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HrefTest {
    @Test
    void aPlainNameIsItsOwnLink() {
        assertEquals("guide-accessible.pdf", Href.of("guide-accessible.pdf"));
    }

    @Test
    void aNameWithSignsAUrlReadsIsEscapedAndLeadsBackToTheName() {
        for (String name : new String[] {"a b #1 ?.pdf", "100 %.pdf", "créer-accessible.pdf", "a&b.pdf"}) {
            URI link = URI.create(Href.of(name));
            assertNull(link.getScheme(), name);
            assertNull(link.getFragment(), name);
            assertNull(link.getQuery(), name);
            assertEquals(name, link.getPath(), name);
        }
    }

    @Test
    void aNameWithAColonCannotReadAsAScheme() {
        URI link = URI.create(Href.of("javascript:alert(1)-accessible.pdf"));
        assertNull(link.getScheme());
        assertEquals("./javascript:alert(1)-accessible.pdf", link.getPath());
    }
}
