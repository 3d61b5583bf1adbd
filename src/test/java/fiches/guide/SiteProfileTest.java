package fiches.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The online address of a guide is its accessible edition under the profile's {@code published_at}. */
class SiteProfileTest {
    private static SiteProfile publishedAt(String base) {
        return new SiteProfile(
                "Maison",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(base),
                "");
    }

    @Test
    void theOnlineAddressIsTheAccessibleEditionUnderPublishedAt() {
        assertEquals(
                Optional.of("https://fiches.exemple.fr/guides/creer-son-compte-ameli-accessible.pdf"),
                publishedAt("https://fiches.exemple.fr/guides").onlineAddress("creer-son-compte-ameli-accessible.pdf"));
        assertEquals(
                Optional.of("https://fiches.exemple.fr/a-accessible.pdf"),
                publishedAt("https://fiches.exemple.fr/").onlineAddress("a-accessible.pdf"),
                "one slash, however it is written");
    }

    @Test
    void thereIsNoOnlineAddressWithoutPublishedAt() {
        assertEquals(Optional.empty(), publishedAt(null).onlineAddress("a"));
    }
}
