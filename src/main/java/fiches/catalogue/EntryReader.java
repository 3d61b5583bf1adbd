package fiches.catalogue;

import fiches.batch.Outcome;
import fiches.guide.Guide;
import fiches.guide.Metadata;
import fiches.layout.Edition;
import fiches.parse.GuideParser;
import fiches.problem.GuideProblems;
import fiches.source.GuideSource;
import fiches.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a guide's catalogue entry from its outcome in this run and its PDFs in the output folder.
 * A guide made (or up to date) is read again for its facts; one that failed is listed only when
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

    /** The entry of a guide, or empty when there is no PDF of it to offer. */
    Optional<Entry> read(Outcome outcome) throws IOException {
        String slug = new GuideSource(outcome.file(), "").slug();
        Optional<PdfFile> handout = pdf(Edition.HANDOUT, slug);
        Optional<PdfFile> accessible = pdf(Edition.ACCESSIBLE, slug);
        Optional<PdfFile> shown = handout.or(() -> accessible);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Optional<Guide> guide = outcome.failed() ? Optional.empty() : parse(outcome.file());
        if (!outcome.failed() && guide.isEmpty()) {
            return Optional.empty(); // changed since it was made, and now broken: the next run says why
        }
        PdfFacts facts;
        try {
            facts = PdfFacts.read(out.resolve(shown.get().name()));
        } catch (IOException e) {
            if (guide.isEmpty()) {
                return Optional.empty(); // an older PDF that cannot be read is not offered
            }
            throw e;
        }
        return Optional.of(guide.map(g -> made(g, facts, handout, accessible))
                .orElseGet(() -> older(slug, facts, handout, accessible)));
    }

    /**
     * The guide's facts, parsed again: not checked again, since the run just found it good (its
     * images are not read a second time).
     */
    private Optional<Guide> parse(Path file) {
        try {
            return parser.parse(sources.read(file)).guide();
        } catch (GuideProblems e) {
            return Optional.empty();
        }
    }

    private static Entry made(Guide guide, PdfFacts facts, Optional<PdfFile> handout, Optional<PdfFile> accessible) {
        Metadata m = guide.meta();
        return new Entry(guide.slug(), m.title(), m.description().orElse(""), m.lang().primary(), m.category(),
                m.difficulty(), m.platform(), guide.steps().size(), facts.pages(), m.date(), handout, accessible,
                facts.thumbnail(), SearchWords.ofSteps(guide.steps()), false);
    }

    private static Entry older(String slug, PdfFacts facts, Optional<PdfFile> handout, Optional<PdfFile> accessible) {
        String title = facts.title().isEmpty() ? slug : facts.title();
        return new Entry(slug, title, facts.description(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                0, facts.pages(), facts.date(), handout, accessible, facts.thumbnail(), "", true);
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
