package fiches.recueil;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The digest of everything the recueil is made from: the version of Fiches, the fonts and styles,
 * the print size and editions, and for each guide of the run its name, whether it failed, and the
 * bytes of its PDFs. A guide's PDFs are a function of all its inputs (they are reproducible), so
 * they stand for its text and images without parsing it again. The digest is kept in a small file
 * beside the manifest: a run whose digest matches, with the recueil's files still there, leaves
 * them untouched.
 */
final class BookInputs {
    /** The record of the last recueil's digest, beside the manifest. */
    static final String FILE_NAME = ".fiches-recueil";

    private BookInputs() {}

    /**
     * @param style the digest of the fonts and styles
     */
    static String digest(List<Outcome> outcomes, Path out, int size, Set<Edition> editions, String style)
            throws IOException {
        MessageDigest sha = Sha256.create();
        text(sha, Version.NUMBER);
        text(sha, style);
        text(sha, String.valueOf(size));
        text(sha, new TreeSet<>(editions).toString());
        for (Outcome o : outcomes) {
            String slug = new GuideSource(o.file(), "").slug();
            text(sha, slug);
            text(sha, String.valueOf(o.failed()));
            if (o.failed()) {
                continue;
            }
            Map<Path, String> written = o.made().map(Made::sha256).orElse(Map.of());
            for (Edition e : new TreeSet<>(editions)) {
                Path pdf = out.resolve(e.fileName(slug));
                text(sha, written.containsKey(pdf) ? written.get(pdf) : fileDigest(pdf));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest the recueil in a folder was last made from, if it is recorded. */
    static Optional<String> recorded(Path out) {
        try {
            String text = Files.readString(out.resolve(FILE_NAME), StandardCharsets.US_ASCII)
                    .strip();
            return text.matches("[0-9a-f]{64}") ? Optional.of(text) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or unreadable: the recueil is made again
        }
    }

    private static void text(MessageDigest sha, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static String fileDigest(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "-";
        }
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
