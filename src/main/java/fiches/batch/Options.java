package fiches.batch;

import fiches.layout.Edition;
import fiches.layout.PrintSize;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a run makes.
 *
 * @param out      the output folder
 * @param size     the body print size in points, one of {@link PrintSize#PRESETS}
 * @param editions the editions to write
 * @param force    render even the guides whose PDFs are up to date
 */
public record Options(Path out, int size, Set<Edition> editions, boolean force) {
    public Options {
        if (!PrintSize.PRESETS.contains(size)) {
            throw new IllegalArgumentException("size must be " + PrintSize.presetsInWords() + ", not " + size);
        }
        editions = Set.copyOf(editions);
    }

    /** Options that skip the guides whose PDFs are up to date. */
    public Options(Path out, int size, Set<Edition> editions) {
        this(out, size, editions, false);
    }
}
