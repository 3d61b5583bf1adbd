package fiches.batch;

import fiches.layout.Edition;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a run makes.
 *
 * @param out      the output folder
 * @param size     the body print size in points (18, 20 or 24)
 * @param editions the editions to write
 */
public record Options(Path out, int size, Set<Edition> editions) {
    public static final Set<Integer> SIZES = Set.of(18, 20, 24);

    public Options {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("size must be 18, 20 or 24");
        }
        editions = Set.copyOf(editions);
    }
}
