package fiches.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each part of a digest is framed, so that different lists of parts never give the same digest. */
class DigestTest {
    @TempDir
    Path tmp;

    @Test
    void partsAreFramedByTheirLengthAndKind() {
        assertNotEquals(
                new Digest().text("ab").text("c").hex(),
                new Digest().text("a").text("bc").hex());
        assertNotEquals(
                new Digest().text("a").text("").hex(), new Digest().text("a").hex());
        assertNotEquals(
                new Digest().text("abc").hex(),
                new Digest().bytes("abc".getBytes(StandardCharsets.UTF_8)).hex());
        assertEquals(new Digest().text("é").hex(), new Digest().text("é").hex());
    }

    @Test
    void aFileIsAddedByItsOwnDigestWhichIsThePlainSha256OfItsBytes() throws IOException {
        byte[] bytes = "%PDF-1.7 …".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("a.pdf"), bytes);
        // The SHA-256 of "abc", as FIPS 180-2 gives it.
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Digest.of("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Digest.of(bytes), Digest.ofFile(file));
        assertNotEquals(new Digest().file(file).hex(), new Digest().bytes(bytes).hex());
        Files.write(file, "%PDF-1.7 …!".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(Digest.of(bytes), Digest.ofFile(file));
    }
}
