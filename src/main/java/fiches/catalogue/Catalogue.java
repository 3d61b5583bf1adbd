package fiches.catalogue;

import fiches.batch.AtomicWriter;
import fiches.batch.Outcome;
import fiches.batch.ToolFailure;
import fiches.ledger.PageRecord;
import fiches.problem.Kind;
import fiches.problem.Thrown;
import fiches.product.Edition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code index.html} in the output folder from a run's outcomes: read every guide's entry,
 * make the page in the language of most guides, and replace the old page in one step.
 */
public final class Catalogue {
    /** The page's name, beside the PDFs it links to. */
    public static final String FILE_NAME = "index.html";

    private final Path out;
    private final Set<Edition> editions;
    private final EntryReader reader;
    private final AtomicWriter writer = new AtomicWriter();

    public Catalogue(Path out, Set<Edition> editions) {
        this.out = out;
        this.editions = Set.copyOf(editions);
        this.reader = new EntryReader(out, editions);
    }

    /** The page's path. */
    public Path file() {
        return out.resolve(FILE_NAME);
    }

    /**
     * Writes the catalogue of the guides of a run, unless the page there was made from the same
     * guides and PDFs.
     *
     * @return whether the page was written
     * @throws ToolFailure naming the page, when a PDF just made cannot be read or the page cannot be written
     */
    public boolean write(List<Outcome> outcomes) {
        try {
            PageInputs.Inputs inputs = PageInputs.digest(outcomes, out, editions, PageWriter.style());
            if (PageRecord.isUpToDate(file(), inputs.page())) {
                return false;
            }
            writer.write(file(), page(outcomes, inputs));
            return true;
        } catch (IOException | UncheckedIOException e) {
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The catalogue " + file() + " could not be written (" + Thrown.describe(e) + ").",
                    "The PDFs are made. Check that " + out + " has free space, "
                            + "that you may write there and that " + FILE_NAME
                            + " there is a file, not a folder; then run "
                            + "again.",
                    e);
        }
    }

    /** The page's bytes: entries are read on all cores (each draws a PDF's first page), in the run's order. */
    private byte[] page(List<Outcome> outcomes, PageInputs.Inputs inputs) {
        EarlierPictures earlier = EarlierPictures.in(file());
        List<Entry> entries = outcomes.parallelStream()
                .map(o -> entry(o, earlier, inputs.files()))
                .flatMap(Optional::stream)
                .toList();
        return new PageWriter(Shelves.language(entries)).write(entries, inputs.page());
    }

    private Optional<Entry> entry(Outcome outcome, EarlierPictures earlier, Map<Path, String> digests) {
        try {
            return reader.read(outcome, earlier, digests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
