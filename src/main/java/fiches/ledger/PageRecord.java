package fiches.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's record: the {@link Identity} of the page, kept in the page itself, in a
 * {@code <meta name="fiches-inputs" content="...">} near its top. A run whose identity matches
 * leaves the page as it is instead of drawing every first page again.
 */
public final class PageRecord {
    /** The name of the page's {@code <meta>} that holds the identity. */
    public static final String META = "fiches-inputs";

    private static final Pattern RECORDED = Pattern.compile("<meta name=\"" + META + "\" content=\"([0-9a-f]{64})\">");
    /** The record is near the top of the page: no more of it is read. */
    private static final int HEAD_BYTES = 4096;

    private PageRecord() {}

    /** What the page's {@code <meta>} holds, for a page made from inputs of this digest. */
    public static String content(String inputs) {
        return Identity.of(Identity.Of.PAGE, inputs);
    }

    /** Whether the page already written was made from inputs of this digest, by the running program. */
    public static boolean isUpToDate(Path page, String inputs) {
        try (InputStream in = Files.newInputStream(page, LinkOption.NOFOLLOW_LINKS)) {
            Matcher m = RECORDED.matcher(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
            return m.find() && m.group(1).equals(content(inputs));
        } catch (IOException e) {
            return false; // no page, or none that can be read: it is written anew
        }
    }
}
