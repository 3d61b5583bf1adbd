package fiches.pdf;

import fiches.guide.Guide;
import fiches.product.Edition;
import fiches.product.PrintSize;
import fiches.testing.TestGuides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The guides written to try the print rules ({@code src/test/resources/print/}) and the sample
 * guides, rendered once per test run at each print size, in both editions.
 */
public final class PrintGuides {
    public static final Path PRINT = fiches.TestFiles.PRINT_GUIDES;
    private static final Map<String, Printed> CACHE = new ConcurrentHashMap<>();

    /** A guide rendered at one size. */
    public record Printed(Guide guide, int size, Path handout, Path accessible) {
        public Path pdf(Edition edition) {
            return edition == Edition.HANDOUT ? handout : accessible;
        }

        @Override
        public String toString() {
            return guide.slug() + " at " + size + " pt";
        }
    }

    private PrintGuides() {}

    /** One test guide of {@code print/} at every size. */
    public static Stream<Arguments> atEverySize(String name) {
        return PrintSize.PRESETS.stream().map(size -> Arguments.of(get(PRINT.resolve(name), size)));
    }

    /** Every test guide of {@code print/} and every sample guide, at every size. */
    public static Stream<Arguments> allAtEverySize() {
        return Stream.concat(files(PRINT), files(RenderedGuides.GUIDES))
                .flatMap(f -> PrintSize.PRESETS.stream().map(size -> Arguments.of(get(f, size))));
    }

    private static Stream<Path> files(Path folder) {
        return TestGuides.in(folder).stream();
    }

    /** Each page's lines of one edition. */
    static List<List<String>> lines(Printed g, Edition edition) {
        try {
            return PrintedLines.of(g.pdf(edition));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Printed get(Path file, int size) {
        return CACHE.computeIfAbsent(file + "@" + size, k -> render(file, size));
    }

    /** The same rendering as {@link EverySize}: each guide is made once per size per test run. */
    private static Printed render(Path file, int size) {
        EverySize.Sized sized = EverySize.get(file, size);
        return new Printed(sized.guide(), size, sized.handout(), sized.accessible());
    }
}
