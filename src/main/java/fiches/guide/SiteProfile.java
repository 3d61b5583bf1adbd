package fiches.guide;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The desk that hands the guides out, from {@code fiches.yaml} beside the guides: who to ask
 * (printed in the « Besoin d'aide ? » box at the end of every guide), its logo (on page 1) and
 * where the guides are put online. Only what was checked is here: a faulty key is left out.
 *
 * @param name        the desk's name, the one key required
 * @param address     its postal address
 * @param phone       its phone number, printed on one line
 * @param hours       its opening hours, as written
 * @param email       its e-mail address
 * @param website     its website, an {@code https://} address
 * @param logo        its logo, checked and decoded
 * @param publishedAt the {@code https://} address where the output folder is put online
 * @param digest      a digest of the profile's text and its logo's bytes: part of every guide's input digest
 */
public record SiteProfile(
        String name,
        Optional<String> address,
        Optional<String> phone,
        Optional<String> hours,
        Optional<String> email,
        Optional<String> website,
        Optional<Logo> logo,
        Optional<String> publishedAt,
        String digest) {

    /** The file name of a site profile, in the folder of the guides. */
    public static final String FILE_NAME = "fiches.yaml";

    /**
     * A logo that decoded in full.
     *
     * @param file        its absolute, normalized path, inside the folder of the guides
     * @param png         its bytes, the very ones that were decoded
     * @param description what it shows, for a screen reader
     * @param widthPx     its width in pixels
     * @param heightPx    its height in pixels
     */
    public record Logo(Path file, byte[] png, String description, int widthPx, int heightPx) {
        public Logo {
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    /**
     * The address a file of the output folder has once put online, when {@code published_at} is
     * set: the guide's accessible edition, named by {@code fiches.product.Edition}.
     */
    public Optional<String> onlineAddress(String fileName) {
        return publishedAt.map(base -> (base.endsWith("/") ? base : base + "/") + fileName);
    }

    /** The same profile without its logo, for a logo that failed its checks. */
    public SiteProfile withLogo(Optional<Logo> newLogo) {
        return new SiteProfile(name, address, phone, hours, email, website, newLogo, publishedAt, digest);
    }

    /** The same profile with the digest of everything it was read from. */
    public SiteProfile withDigest(String newDigest) {
        return new SiteProfile(name, address, phone, hours, email, website, logo, publishedAt, newDigest);
    }
}
