package fiches.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest built from parts. Each part is framed by its kind and its length
 * ({@code t5:hello}), so that two different lists of parts never give the same bytes to hash:
 * {@code "ab", "c"} differs from {@code "a", "bc"}, and a text from the bytes it is spelt with.
 * Every record of what was made frames its digest this way.
 */
public final class Digest {
    private static final HexFormat HEX = HexFormat.of();
    private static final int BUFFER = 65536;

    private final MessageDigest sha = sha256();

    /** A digest with no part yet. */
    public Digest() {}

    /** Adds a text, as UTF-8. */
    public Digest text(String text) {
        return part('t', text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes as they are. */
    public Digest bytes(byte[] bytes) {
        return part('b', bytes);
    }

    /** Adds a file by its own digest ({@link #ofFile}): its content, read as it streams, not its name. */
    public Digest file(Path file) throws IOException {
        return part('f', ofFile(file).getBytes(StandardCharsets.US_ASCII));
    }

    /** The digest of the parts added, in hexadecimal; the digest cannot be added to after. */
    public String hex() {
        return HEX.formatHex(sha.digest());
    }

    /** The digest of the parts added, as bytes; the digest cannot be added to after. */
    public byte[] value() {
        return sha.digest();
    }

    /** The plain SHA-256 of some bytes, in hexadecimal: a file's digest, taken from it in memory. */
    public static String of(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    /** The plain SHA-256 of a file's bytes, in hexadecimal, the same as {@link #of} of its bytes. */
    public static String ofFile(Path file) throws IOException {
        MessageDigest own = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                own.update(buffer, 0, n);
            }
        }
        return HEX.formatHex(own.digest());
    }

    private Digest part(char kind, byte[] bytes) {
        sha.update((kind + Integer.toString(bytes.length) + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
        return this;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
