package fiches.catalogue;

import fiches.batch.Made;
import fiches.batch.Outcome;
import fiches.guide.Guide;
import fiches.guide.Metadata;
import fiches.parse.GuideParser;
import fiches.pdf.FirstPage;
import fiches.product.Edition;
import fiches.source.SourceReader;
import fiches.util.Digest;
import fiches.util.Slug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a guide's catalogue entry from its outcome in this run and its PDFs in the output folder.
 * A guide just made brings its facts and picture from the run; one up to date is read again for them; one that failed is listed only when
 * PDFs of an earlier run are there, with what those PDFs say of themselves, and marked as older.
 */
final class EntryReader {
    private final SourceReader sources = new SourceReader();
    private final GuideParser parser = new GuideParser();
    private final Path out;
    private final Set<Edition> editions;

    /**
     * @param out      the output folder, where the PDFs and the catalogue are
     * @param editions the editions this run makes: only those are linked, so that a stale PDF of
     *                 an edition no longer made is never offered
     */
    EntryReader(Path out, Set<Edition> editions) {
        this.out = out;
        this.editions = Set.copyOf(editions);
    }

    /**
     * The entry of a guide, or empty when there is no PDF of it to offer.
     *
     * @param earlier the pictures of the page this one replaces: a guide whose PDF has not changed
     *                keeps its picture instead of being drawn again
     * @param digests the SHA-256 of the PDFs, by path, as the page's digest found them
     */
    Optional<Entry> read(Outcome outcome, EarlierPictures earlier, Map<Path, String> digests) throws IOException {
        String slug = Slug.of(outcome.file());
        Optional<PdfFile> handout = pdf(Edition.HANDOUT, slug);
        Optional<PdfFile> accessible = pdf(Edition.ACCESSIBLE, slug);
        Optional<PdfFile> web = pdf(Edition.WEB, slug);
        Optional<PdfFile> shown = handout.or(() -> accessible);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Optional<Made> made = outcome.made();
        Optional<Guide> guide =
                outcome.failed() ? Optional.empty() : made.isPresent() ? made.map(Made::guide) : parse(outcome.file());
        if (!outcome.failed() && guide.isEmpty()) {
            return Optional.empty(); // changed since it was made, and now broken: the next run says why
        }
        Path file = out.resolve(shown.get().name());
        String sha = digests.get(file);
        if (sha == null) {
            sha = Digest.ofFile(file);
        }
        String picture = EarlierPictures.key(sha);
        if (guide.isPresent()) {
            Optional<FirstPage> drawn = made.filter(
                            m -> outcome.written().get(0).equals(file))
                    .flatMap(Made::firstPage)
                    .or(() -> earlier.get(picture));
            FirstPage p = drawn.isPresent() ? drawn.get() : FirstPage.of(Files.readAllBytes(file));
            return Optional.of(
                    made(guide.get(), p, picture, handout, accessible).withWeb(web));
        }
        try {
            return Optional.of(older(slug, PdfFacts.read(Files.readAllBytes(file)), picture, handout, accessible)
                    .withWeb(web));
        } catch (IOException e) {
            return Optional.empty(); // an older PDF that cannot be read is not offered
        }
    }

    /**
     * The guide's facts, parsed again: not checked again, since the run just found it good (its
     * images are not read a second time).
     */
    private Optional<Guide> parse(Path file) {
        return sources.read(file).source().flatMap(s -> parser.parse(s).guide());
    }

    private static Entry made(
            Guide guide, FirstPage picture, String key, Optional<PdfFile> handout, Optional<PdfFile> accessible) {
        Metadata m = guide.meta();
        return new Entry(
                guide.slug(),
                m.title(),
                m.description().orElse(""),
                m.lang().primary(),
                m.category(),
                m.difficulty(),
                m.platform(),
                guide.steps().size(),
                picture.pages(),
                m.date(),
                handout,
                accessible,
                Optional.empty(),
                picture.png(),
                key,
                SearchWords.ofSteps(guide.steps()),
                false,
                m.translationOf());
    }

    private static Entry older(
            String slug, PdfFacts facts, String key, Optional<PdfFile> handout, Optional<PdfFile> accessible) {
        String title = facts.title().isEmpty() ? slug : facts.title();
        return new Entry(
                slug,
                title,
                facts.description(),
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                facts.pages(),
                facts.date(),
                handout,
                accessible,
                Optional.empty(),
                facts.thumbnail(),
                key,
                "",
                true,
                Optional.empty());
    }

    private Optional<PdfFile> pdf(Edition edition, String slug) throws IOException {
        if (!editions.contains(edition)) {
            return Optional.empty();
        }
        String name = edition.fileName(slug);
        Path file = out.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(new PdfFile(name, Files.size(file)));
    }
}
