package fiches.pdf;

import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.guide.Guide;
import fiches.product.Edition;
import fiches.product.PrintSize;
import fiches.testing.TestGuides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The sample guides and the print test guides (15 steps, steps longer than a page, tables,
 * screenshots, long addresses, an English guide) and a guide printed on Letter (for the United
 * States, with a step longer than a page, screenshots and a table), each rendered once per test run at every
 * print size, in both editions.
 */
public final class EverySize {
    /** Guides written to push the print layout, beside the samples. */
    public static final Path PRINT_GUIDES = fiches.TestFiles.PRINT_GUIDES;
    /** Guides for countries that print on Letter. */
    public static final Path LETTER_GUIDES = fiches.TestFiles.LETTER_GUIDES;

    private static final Path OUT = fiches.testing.TestRun.folder("every-size");
    private static final Map<String, Sized> CACHE = new ConcurrentHashMap<>();

    /** A guide rendered at one print size. */
    public record Sized(Guide guide, int size, Path handout, Path accessible) {
        public Path pdf(Edition edition) {
            return edition == Edition.HANDOUT ? handout : accessible;
        }

        /** The body font's size in points at this preset. */
        public double bodySize() {
            return RenderedGuides.resources().printSize(size).body();
        }

        @Override
        public String toString() {
            return guide.slug() + " --size " + size;
        }
    }

    private EverySize() {}

    /** Every guide at every size. */
    public static Stream<Sized> all() {
        List<Sized> all = new ArrayList<>();
        for (Path file : files()) {
            PrintSize.PRESETS.forEach(size -> all.add(get(file, size)));
        }
        return all.stream();
    }

    private static List<Path> files() {
        List<Path> files = new ArrayList<>(TestGuides.samples());
        files.addAll(TestGuides.print());
        files.addAll(TestGuides.in(LETTER_GUIDES));
        return files;
    }

    public static Sized get(Path file, int size) {
        return CACHE.computeIfAbsent(file + "@" + size, k -> render(file, size));
    }

    private static Sized render(Path file, int size) {
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        Guide guide = loaded.guide().orElseThrow(() -> new AssertionError(file + ": " + loaded.problems()));
        Path out = OUT.resolve("size-" + size);
        Options options =
                Options.builder(out).size(size).editions(Edition.pdfs()).build();
        var outcome =
                fiches.TestFiles.renderer(options).render(guide, loaded.source().orElseThrow(), List.of());
        if (outcome.failed()) {
            throw new AssertionError(file + ": " + outcome.problems());
        }
        return new Sized(
                guide,
                size,
                out.resolve(Edition.HANDOUT.fileName(guide.slug())),
                out.resolve(Edition.ACCESSIBLE.fileName(guide.slug())));
    }
}
