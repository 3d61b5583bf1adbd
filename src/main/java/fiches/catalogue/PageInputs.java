package fiches.catalogue;

import fiches.batch.Made;
import fiches.batch.Outcome;
import fiches.batch.Version;
import fiches.product.Edition;
import fiches.source.GuideSource;
import fiches.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digest of everything the catalogue page is made from: the version of Fiches, the page's
 * style and script, the editions made, and for each guide of the run its name, whether it
 * failed, its text and the bytes of its PDFs. The page carries it in a {@code <meta>}, so that a
 * run that changed nothing leaves the page as it is instead of drawing every first page again.
 */
final class PageInputs {
    /** The name of the page's {@code <meta>} that holds the digest. */
    static final String META = "fiches-inputs";

    private static final Pattern RECORDED = Pattern.compile("<meta name=\"" + META + "\" content=\"([0-9a-f]{64})\">");
    /** The digest is near the top of the page: no more of it is read. */
    private static final int HEAD_BYTES = 4096;

    private PageInputs() {}

    /**
     * The digest of a page's inputs, and that of each file it was made from.
     *
     * @param page  what the page records
     * @param files the SHA-256 of each guide and PDF that exists, by path: a picture is keyed by its PDF's
     */
    record Digest(String page, Map<Path, String> files) {
        Digest {
            files = Map.copyOf(files);
        }
    }

    static Digest digest(List<Outcome> outcomes, Path out, Set<Edition> editions, String style) throws IOException {
        MessageDigest sha = Sha256.create();
        Map<Path, String> files = new HashMap<>();
        text(sha, Version.NUMBER);
        text(sha, style);
        text(sha, new TreeSet<>(editions).toString());
        for (Outcome o : outcomes) {
            String slug = new GuideSource(o.file(), "").slug();
            text(sha, slug);
            text(sha, String.valueOf(o.failed()));
            file(sha, o.failed() ? null : o.file(), files, Map.of());
            Map<Path, String> written = o.made().map(Made::sha256).orElse(Map.of());
            for (Edition e : new TreeSet<>(editions)) {
                file(sha, out.resolve(e.fileName(slug)), files, written);
            }
        }
        return new Digest(HexFormat.of().formatHex(sha.digest()), files);
    }

    /** The digest a page already written was made from, if it has one. */
    static Optional<String> recorded(Path page) {
        try (InputStream in = Files.newInputStream(page, LinkOption.NOFOLLOW_LINKS)) {
            Matcher m = RECORDED.matcher(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no page, or none that can be read: it is written anew
        }
    }

    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update(HexFormat.of()
                .formatHex(new byte[] {
                    (byte) (bytes.length >>> 24),
                    (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8),
                    (byte) bytes.length
                })
                .getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /**
     * A file's digest, or a mark that there is none: a PDF that appears or goes changes the page.
     *
     * @param written the digests of the PDFs this run wrote, taken from their bytes in memory instead of read back
     */
    private static void file(MessageDigest sha, Path file, Map<Path, String> files, Map<Path, String> written)
            throws IOException {
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            text(sha, "-");
            return;
        }
        String hex = written.containsKey(file) ? written.get(file) : read(file);
        files.put(file, hex);
        text(sha, "+" + hex);
    }

    private static String read(Path file) throws IOException {
        MessageDigest own = Sha256.create();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                own.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(own.digest());
    }
}
