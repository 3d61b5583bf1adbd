package fiches.recueil;

import fiches.batch.AtomicWriter;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.batch.RunLimits;
import fiches.batch.ToolFailure;
import fiches.batch.Version;
import fiches.guide.Guide;
import fiches.guide.SiteProfile;
import fiches.layout.BookLayout;
import fiches.layout.GuideLayout;
import fiches.layout.Paper;
import fiches.ledger.BookRecord;
import fiches.pdf.BookBinder;
import fiches.pdf.PdfRenderer;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Thrown;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.product.PrintSize;
import fiches.util.Slug;
import fiches.util.Workers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.w3c.dom.Document;

/**
 * Writes the recueil of a run's guides in the output folder, one file per edition, replacing the
 * older ones together, unless the guides and options are those it was last made from. Whatever
 * goes wrong is the tool's failure, said as such: the guides' own PDFs are already written.
 */
public final class Recueil {
    /** The recueil's name, before each edition's suffix: {@code recueil-grands-caracteres.pdf}. */
    public static final String NAME = "recueil";
    /** The time the book may take; rendering a hundred guides takes well under a minute. */
    private static final long BUDGET_NANOS = TimeUnit.MINUTES.toNanos(30);

    private final Resources resources;
    private final Options options;
    private final AtomicWriter writer = new AtomicWriter();

    public Recueil(Resources resources, Options options) {
        this.resources = resources;
        this.options = options;
    }

    /**
     * What a run did with the recueil.
     *
     * @param files     the recueil's files, one per edition; none when no guide was made to bind
     * @param guides    how many guides it holds
     * @param leftOut   the guides of the run it leaves out, because they failed
     * @param upToDate  its files were already made from these guides, and were left as they were
     */
    public record Written(List<Path> files, int guides, List<Path> leftOut, boolean upToDate) {
        public Written {
            files = List.copyOf(files);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The editions bound: the run's PDFs, as a web page is not bound into a book. */
    private Set<Edition> pdfEditions() {
        return Edition.pdfs(options.editions());
    }

    /** The recueil's file for an edition. */
    public Path file(Edition edition) {
        return options.out().resolve(edition.fileName(NAME));
    }

    /**
     * Makes the recueil of a run's outcomes, unless it is up to date and the run is not forced.
     *
     * @throws ToolFailure naming the files, when it cannot be made or written
     */
    public Written write(List<Outcome> outcomes) {
        if (pdfEditions().isEmpty()) {
            return new Written(List.of(), 0, List.of(), false); // a web edition alone is not bound
        }
        List<Path> files = pdfEditions().stream().map(this::file).toList();
        refuseNameClash(outcomes);
        try {
            String digest =
                    BookInputs.digest(outcomes, options.out(), options.size(), pdfEditions(), resources.digest());
            List<Path> failed =
                    outcomes.stream().filter(Outcome::failed).map(Outcome::file).toList();
            if (failed.size() == outcomes.size()) {
                return new Written(List.of(), 0, failed, false); // no guide to bind: older files stay as they were
            }
            if (!options.force()
                    && BookRecord.isUpToDate(options.out(), digest)
                    && files.stream().allMatch(Files::isRegularFile)) {
                return new Written(files, outcomes.size() - failed.size(), failed, true);
            }
            Bound bound = onLargeStack(outcomes, digest);
            Map<Path, byte[]> out = new LinkedHashMap<>();
            bound.pdfs().forEach((edition, bytes) -> out.put(file(edition), bytes));
            writer.writeAll(out);
            writer.write(options.out().resolve(BookRecord.FILE_NAME), BookRecord.content(digest));
            return new Written(
                    files, bound.collection().size(), bound.collection().leftOut(), false);
        } catch (BookBinder.UnreadableGuide e) {
            throw new ToolFailure(
                    Kind.BOOK_NOT_MADE,
                    "The recueil was not made: " + e.getMessage() + ". This is not a fault of the guide: its PDF "
                            + "was changed or damaged in " + options.out() + " after it was made.",
                    "Run again with --force to make every guide's PDFs anew, or delete " + e.pdf() + ".",
                    e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ToolFailure(
                    Kind.BOOK_NOT_MADE,
                    "The recueil "
                            + String.join(
                                    ", ", files.stream().map(Path::toString).toList())
                            + " could not be made (" + Thrown.describe(e) + "). "
                            + "This is not a fault of a guide: each guide's PDFs are made.",
                    "Check that " + options.out() + " has free space and that you may write there; if it persists, "
                            + "run with --debug and report it.",
                    e);
        }
    }

    /** A guide named like the recueil would have its PDFs replaced by it. */
    private void refuseNameClash(List<Outcome> outcomes) {
        outcomes.stream()
                .filter(o -> Slug.of(o.file()).equals(NAME))
                .findFirst()
                .ifPresent(o -> {
                    throw new ToolFailure(
                            Kind.BOOK_NOT_MADE,
                            "The recueil was not made: the guide " + o.file() + " has its name, and its PDFs "
                                    + "would be replaced by it.",
                            "Rename that guide (for example " + NAME + "-1.md) and run again.",
                            null);
                });
    }

    /** The guides of the book and its editions' bytes. */
    private record Bound(BookGuides collection, Map<Edition, byte[]> pdfs) {}

    /**
     * Deep but legal guides recurse deeply in the parser and the renderer: the guides are read again
     * and the book made on a thread with a large stack, as each guide is.
     */
    private Bound onLargeStack(List<Outcome> outcomes, String digest) throws IOException {
        Workers workers = new Workers(
                Runtime.getRuntime().availableProcessors(), RunLimits.DEFAULT.stackBytes(), "fiches-recueil");
        try {
            return workers.start(commit -> {
                        BookGuides collection = BookGuides.of(outcomes, fiches.batch.Batch.coverage(resources));
                        return new Bound(collection, render(collection, digest, workers));
                    })
                    .await(BUDGET_NANOS);
        } catch (ExecutionException e) {
            throw Workers.rethrown(e);
        } catch (TimeoutException e) {
            throw new IOException("it took more than " + TimeUnit.NANOSECONDS.toMinutes(BUDGET_NANOS) + " minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Every edition, side by side: each binds its own guides' PDFs after the same front pages. */
    private Map<Edition, byte[]> render(BookGuides collection, String digest, Workers workers) throws IOException {
        Fronts fronts = new Fronts(collection);
        if (pdfEditions().size() == 1) {
            Edition only = pdfEditions().iterator().next();
            return Map.of(only, bind(collection, fronts, only, digest));
        }
        return workers.sideBySide(
                Edition.class, pdfEditions(), edition -> () -> bind(collection, fronts, edition, digest));
    }

    private byte[] bind(BookGuides collection, Fronts fronts, Edition edition, String digest) throws IOException {
        List<BookBinder.Part> parts = new ArrayList<>();
        for (BookLayout.Shelf shelf : collection.shelves()) {
            for (Guide g : shelf.guides()) {
                Path pdf = options.out().resolve(edition.fileName(g.slug()));
                parts.add(new BookBinder.Part(
                        pdf,
                        Optional.ofNullable(collection.pages().get(pdf)),
                        g.meta().title(),
                        shelf.theme(),
                        g.meta().lang()));
            }
        }
        Labels labels = new Labels(collection.lang());
        BookBinder.Words words = new BookBinder.Words(
                labels.recueil("contents"),
                (title, page) -> title + " — " + labels.footerPage() + " " + page,
                n -> labels.recueil("folio", String.valueOf(n)),
                // The smallest print size, which is large print already: at 24 a number of the body's
                // size would not fit between the guide's footer and the foot of the sheet.
                resources.bodySize(PrintSize.PRESETS.get(0)),
                "recueil " + digest + " " + edition.name(),
                collection.date().orElse(null));
        return new BookBinder(resources).bind(fronts, parts, words);
    }

    /**
     * The paper of the book's own pages: the run's ({@code --paper}), else Letter when every guide is
     * printed on Letter, A4 otherwise. The guides' pages are bound as their PDFs have them, each on
     * its own paper: a run that must give one paper to the whole book says {@code --paper}.
     */
    private Paper paper(BookGuides collection) {
        boolean letter = collection.shelves().stream()
                .flatMap(s -> s.guides().stream())
                .allMatch(g -> options.paperFor(g) == Paper.LETTER);
        return letter ? Paper.LETTER : Paper.A4;
    }

    /**
     * The cover and contents for given first pages, made once for both editions: they differ only
     * when a guide with pictures takes more pages in one edition than in the other.
     */
    private final class Fronts implements BookBinder.FrontPages {
        private final BookGuides collection;
        private final PdfRenderer pdf = new PdfRenderer(resources, "Fiches " + Version.NUMBER);
        private final BookLayout layout;
        private final Map<List<Integer>, byte[]> made = new HashMap<>();
        private final Map<List<Integer>, Integer> lengths = new HashMap<>();

        Fronts(BookGuides collection) {
            this.collection = collection;
            this.layout = new BookLayout(new GuideLayout(
                    resources.css(options.size()),
                    resources.textWidths(),
                    resources.bodySize(options.size()),
                    resources.bodySizes(options.size()),
                    paper(collection)));
        }

        /** The cover and contents as laid out, the desk's name on the cover when there is a profile. */
        private Document front(List<Integer> firstPages) {
            return layout.front(
                    collection.lang(),
                    collection.date(),
                    collection.shelves(),
                    firstPages,
                    options.profile().map(SiteProfile::name));
        }

        @Override
        public synchronized int length(List<Integer> firstPages) throws IOException {
            Integer length = lengths.get(firstPages);
            if (length == null) {
                length = pdf.pageCount(front(firstPages), collection.lang());
                lengths.put(List.copyOf(firstPages), length);
            }
            return length;
        }

        @Override
        public synchronized byte[] make(List<Integer> firstPages) throws IOException {
            byte[] bytes = made.get(firstPages);
            if (bytes == null) {
                bytes = pdf.render(
                        front(firstPages), collection.lang(), collection.date().orElse(null));
                made.put(List.copyOf(firstPages), bytes);
            }
            return bytes;
        }
    }
}
