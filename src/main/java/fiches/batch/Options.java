package fiches.batch;

import fiches.layout.Edition;
import fiches.layout.PrintSize;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a run makes.
 *
 * @param out      the output folder
 * @param size     the print-size preset, one of {@link PrintSize#PRESETS} (the body is set by x-height)
 * @param editions the editions to write
 * @param force    render even the guides whose PDFs are up to date
 * @param catalogue the catalogue page follows the run: each guide made keeps its model, its PDFs'
 *                  digests and a picture of its first page (see {@link Made}), drawn on its own thread
 * @param recueil   the recueil follows the run: each guide made keeps its model and its PDFs' digests
 */
public record Options(Path out, int size, Set<Edition> editions, boolean force, boolean catalogue, boolean recueil) {
    public Options {
        if (!PrintSize.PRESETS.contains(size)) {
            throw new IllegalArgumentException("size must be " + PrintSize.presetsInWords() + ", not " + size);
        }
        editions = Set.copyOf(editions);
    }

    /** Options for a run that no recueil follows. */
    public Options(Path out, int size, Set<Edition> editions, boolean force, boolean catalogue) {
        this(out, size, editions, force, catalogue, false);
    }

    /** Options for a run that no catalogue page follows. */
    public Options(Path out, int size, Set<Edition> editions, boolean force) {
        this(out, size, editions, force, false);
    }

    /** Options that skip the guides whose PDFs are up to date. */
    public Options(Path out, int size, Set<Edition> editions) {
        this(out, size, editions, false);
    }
}
