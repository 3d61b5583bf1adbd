package fiches.batch;

import fiches.pdf.Resources;
import fiches.problem.GuideProblems;
import fiches.source.GuideSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders (or only checks) every guide of a folder, on all cores, one outcome per guide in
 * file-name order. A bad guide yields its problems; it never stops the others.
 */
public final class Batch {
    private final GuideLoader loader = new GuideLoader();
    private final GuideRenderer renderer;
    private final int threads;

    /** @param renderer null to check only */
    public Batch(GuideRenderer renderer, int threads) {
        this.renderer = renderer;
        this.threads = Math.max(1, threads);
    }

    public static Batch rendering(Resources resources, Options options) {
        return new Batch(new GuideRenderer(resources, options), Runtime.getRuntime().availableProcessors());
    }

    public static Batch checking() {
        return new Batch(null, Runtime.getRuntime().availableProcessors());
    }

    /** The Markdown files directly in a folder, sorted by name. */
    public static List<Path> guidesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** Processes the guides, reporting each outcome as soon as it and all before it are done. */
    public List<Outcome> run(List<Path> guides, Consumer<Outcome> onEach) {
        // A fork/join pool, so that the editions of a guide can share the cores when guides run out.
        ExecutorService pool = new ForkJoinPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path guide : guides) {
                futures.add(pool.submit(() -> process(guide)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                Outcome o = get(f);
                onEach.accept(o);
                outcomes.add(o);
            }
            if (renderer != null) {
                renderer.saveManifest();
            }
            return outcomes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the output folder's manifest could not be written", e);
        } finally {
            pool.shutdownNow();
        }
    }

    Outcome process(Path file) {
        GuideSource source;
        try {
            source = loader.read(file);
        } catch (GuideProblems e) {
            return new Outcome(file, e.problems(), List.of());
        }
        Optional<Outcome> same = renderer == null ? Optional.empty() : renderer.unchanged(source);
        if (same.isPresent()) {
            return same.get();
        }
        GuideLoader.Loaded loaded = loader.load(source);
        if (loaded.hasErrors() || loaded.guide().isEmpty() || renderer == null) {
            return new Outcome(file, loaded.problems(), List.of());
        }
        return renderer.render(loaded.guide().get(), loaded.source().get(), loaded.problems());
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a guide's processing failed unexpectedly", e.getCause());
        }
    }
}
