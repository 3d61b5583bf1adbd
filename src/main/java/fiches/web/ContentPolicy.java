package fiches.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's Content-Security-Policy: nothing from outside, pictures only as {@code data:}, and
 * only the page's own stylesheet and script, named by their SHA-256, so that no text of a guide
 * can ever run as script or style even if it escaped its escaping.
 */
final class ContentPolicy {
    private ContentPolicy() {}

    static String of(String style, String script) {
        return "default-src 'none'; img-src data:; style-src " + hash(style) + "; script-src " + hash(script)
                + "; base-uri 'none'; form-action 'none'";
    }

    /** The CSP source of an inline element's exact text: {@code 'sha256-…'}. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
