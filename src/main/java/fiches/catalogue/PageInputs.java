package fiches.catalogue;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The digest of everything the catalogue page is made from: the version of Fiches, the page's
 * style and script, the editions made, and for each guide of the run its name, whether it
 * failed, its text and the bytes of its PDFs. The page keeps it in its record ({@link
 * fiches.ledger.PageRecord}), so that a run that changed nothing leaves the page as it is
 * instead of drawing every first page again.
 */
final class PageInputs {
    private PageInputs() {}

    /**
     * The digest of a page's inputs, and that of each file it was made from.
     *
     * @param page  what the page records
     * @param files the SHA-256 of each guide and PDF that exists, by path: a picture is keyed by its PDF's
     */
    record Inputs(String page, Map<Path, String> files) {
        Inputs {
            files = Map.copyOf(files);
        }
    }

    static Inputs digest(List<Outcome> outcomes, Path out, Set<Edition> editions, String style) throws IOException {
        Digest digest = new Digest().text(Version.NUMBER).text(style).text(new TreeSet<>(editions).toString());
        Map<Path, String> files = new HashMap<>();
        for (Outcome o : outcomes) {
            String slug = Slug.of(o.file());
            digest.text(slug).text(String.valueOf(o.failed()));
            file(digest, o.failed() ? null : o.file(), files, Map.of());
            Map<Path, String> written = o.made().map(Made::sha256).orElse(Map.of());
            for (Edition e : new TreeSet<>(editions)) {
                file(digest, out.resolve(e.fileName(slug)), files, written);
            }
        }
        return new Inputs(digest.hex(), files);
    }

    /**
     * A file's digest, or a mark that there is none: a PDF that appears or goes changes the page.
     *
     * @param written the digests of the PDFs this run wrote, taken from their bytes in memory instead of read back
     */
    private static void file(Digest digest, Path file, Map<Path, String> files, Map<Path, String> written)
            throws IOException {
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            digest.text("-");
            return;
        }
        String hex = written.containsKey(file) ? written.get(file) : Digest.ofFile(file);
        files.put(file, hex);
        digest.text("+" + hex);
    }
}
