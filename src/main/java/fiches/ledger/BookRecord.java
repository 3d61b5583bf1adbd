package fiches.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recueil's record: the {@link Identity} of the book last made in a folder, in a small file
 * beside the manifest, one line. A run whose identity matches, with the book's files still there,
 * leaves them untouched.
 */
public final class BookRecord {
    /** The record's file, in the output folder. */
    public static final String FILE_NAME = ".fiches-recueil";

    private BookRecord() {}

    /** The record's bytes, for a book made from inputs of this digest. */
    public static byte[] content(String inputs) {
        return (Identity.of(Identity.Of.BOOK, inputs) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the book in this folder was last made from inputs of this digest, by the running program. */
    public static boolean isUpToDate(Path out, String inputs) {
        try {
            String text = Files.readString(out.resolve(FILE_NAME), StandardCharsets.US_ASCII)
                    .strip();
            return text.equals(Identity.of(Identity.Of.BOOK, inputs));
        } catch (IOException | RuntimeException e) {
            return false; // none, or unreadable: the recueil is made again
        }
    }
}
