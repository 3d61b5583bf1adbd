package fiches.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A link leads to a web page, an e-mail address or a phone number, and to nothing else. */
class LinkSchemeTest {
    @Test
    void knowsTheSchemeOfAnAddressInAnyCase() {
        assertEquals(Optional.of(LinkScheme.HTTPS), LinkScheme.of(" HTTPS://www.ameli.fr"));
        assertEquals(Optional.of(LinkScheme.TEL), LinkScheme.of("tel:0553000000"));
        assertEquals(Optional.empty(), LinkScheme.of("javascript:alert(1)"));
        assertEquals(Optional.empty(), LinkScheme.of("file:///etc/passwd"));
    }

    @Test
    void onlyWebPagesAreWeb() {
        assertEquals(
                java.util.List.of(LinkScheme.HTTPS, LinkScheme.HTTP),
                java.util.stream.Stream.of(LinkScheme.values())
                        .filter(LinkScheme::isWeb)
                        .toList());
    }

    @Test
    void printsAnAddressAsItIsTyped() {
        assertEquals("www.ameli.fr/assure", LinkScheme.withoutScheme("https://www.ameli.fr/assure"));
        assertEquals("marmande@exemple.fr", LinkScheme.withoutScheme("mailto:marmande@exemple.fr"));
        assertEquals("ftp://x", LinkScheme.withoutScheme("ftp://x"));
    }

    @Test
    void namesEverySchemeInMessages() {
        assertEquals("https://…, http://…, mailto:… or tel:…", LinkScheme.inWords());
    }
}
