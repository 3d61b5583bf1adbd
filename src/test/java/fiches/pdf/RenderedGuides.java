package fiches.pdf;

import fiches.batch.GuideLoader;
import fiches.batch.GuideRenderer;
import fiches.batch.Options;
import fiches.guide.Guide;
import fiches.layout.Edition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every guide of {@code guides/}, rendered once per test run in both editions. */
public final class RenderedGuides {
    public static final Path GUIDES = Path.of("guides");
    private static final Path OUT = Path.of("target", "test-pdfs");
    private static final Map<Path, Rendered> CACHE = new ConcurrentHashMap<>();
    private static final Resources RESOURCES = Resources.load(Path.of(""));

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
        return RESOURCES;
    }

    /** Every guide with each of its editions, as arguments for a parameterized test. */
    public static Stream<Arguments> everyEdition() {
        return all().flatMap(g -> Stream.of(Edition.values()).map(e -> Arguments.of(g, e)));
    }

    public static Stream<Rendered> all() {
        try (Stream<Path> files = Files.list(GUIDES)) {
            List<Path> guides =
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return guides.stream().map(RenderedGuides::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rendered get(Path file) {
        return CACHE.computeIfAbsent(file, RenderedGuides::render);
    }

    private static Rendered render(Path file) {
        GuideLoader.Loaded loaded = new GuideLoader().load(file);
        Guide guide = loaded.guide().orElseThrow(() -> new AssertionError(file + ": " + loaded.problems()));
        Options options = new Options(OUT, 18, EnumSet.allOf(Edition.class));
        var outcome = new GuideRenderer(RESOURCES, options)
                .render(guide, loaded.source().get(), List.of());
        if (outcome.failed()) {
            throw new AssertionError(file + ": " + outcome.problems());
        }
        return new Rendered(
                guide,
                loaded.source().get().text(),
                OUT.resolve(Edition.HANDOUT.fileName(guide.slug())),
                OUT.resolve(Edition.ACCESSIBLE.fileName(guide.slug())));
    }
}
