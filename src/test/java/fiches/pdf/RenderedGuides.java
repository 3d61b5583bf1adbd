package fiches.pdf;

import fiches.guide.Guide;
import fiches.product.Edition;
import fiches.testing.TestGuides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every guide of {@code guides/}, rendered once per test run in both editions at 18 pt. */
public final class RenderedGuides {
    public static final Path GUIDES = fiches.TestFiles.SAMPLES;
    private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();

    /** A rendered guide: its model and its two PDFs. */
    public record Rendered(Guide guide, String source, Path handout, Path accessible) {
        public Path pdf(Edition edition) {
            return edition == Edition.HANDOUT ? handout : accessible;
        }

        @Override
        public String toString() {
            return guide.slug();
        }
    }

    private RenderedGuides() {}

    public static Resources resources() {
        return fiches.TestFiles.resources();
    }

    /** Every guide with each of its editions, as arguments for a parameterized test. */
    public static Stream<Arguments> everyEdition() {
        return all().flatMap(g -> Edition.pdfs().stream().map(e -> Arguments.of(g, e)));
    }

    public static Stream<Rendered> all() {
        return TestGuides.samples().stream().map(RenderedGuides::get);
    }

    public static Rendered get(Path file) {
        return CACHE.computeIfAbsent(file, RenderedGuides::render);
    }

    /** The same rendering as {@link EverySize} at 18 pt: each guide is made once per size per test run. */
    private static Rendered render(Path file) {
        EverySize.Sized sized = EverySize.get(file, 18);
        try {
            return new Rendered(sized.guide(), Files.readString(file), sized.handout(), sized.accessible());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
