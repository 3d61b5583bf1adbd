package fiches.recueil;

import fiches.batch.Made;
import fiches.batch.Outcome;
import fiches.batch.Version;
import fiches.product.Edition;
import fiches.util.Digest;
import fiches.util.Slug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The digest of everything the recueil is made from: the version of Fiches, the fonts and styles,
 * the print size and editions, and for each guide of the run its name, whether it failed, and the
 * bytes of its PDFs. A guide's PDFs are a function of all its inputs (they are reproducible), so
 * they stand for its text and images without parsing it again. The digest is kept in the
 * recueil's record ({@link fiches.ledger.BookRecord}): a run whose record matches, with the
 * recueil's files still there, leaves them untouched.
 */
final class BookInputs {
    private BookInputs() {}

    /**
     * @param style the digest of the fonts and styles
     */
    static String digest(List<Outcome> outcomes, Path out, int size, Set<Edition> editions, String style)
            throws IOException {
        Digest digest = new Digest()
                .text(Version.NUMBER)
                .text(style)
                .text(String.valueOf(size))
                .text(new TreeSet<>(editions).toString());
        for (Outcome o : outcomes) {
            String slug = Slug.of(o.file());
            digest.text(slug).text(String.valueOf(o.failed()));
            if (o.failed()) {
                continue;
            }
            Map<Path, String> written = o.made().map(Made::sha256).orElse(Map.of());
            for (Edition e : new TreeSet<>(editions)) {
                Path pdf = out.resolve(e.fileName(slug));
                digest.text(written.containsKey(pdf) ? written.get(pdf) : fileDigest(pdf));
            }
        }
        return digest.hex();
    }

    private static String fileDigest(Path file) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Digest.ofFile(file) : "-";
    }
}
