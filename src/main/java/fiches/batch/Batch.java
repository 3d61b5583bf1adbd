package fiches.batch;

import fiches.check.GlyphCoverage;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.source.GuideSource;
import fiches.source.SourceReader;
import fiches.util.Commit;
import fiches.util.Slug;
import fiches.util.Workers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Renders (or only checks) every guide of a folder, on all cores, one outcome per guide in
 * file-name order. Whatever happens while one guide is made (its problems, a stack overflow,
 * memory exhausted, a fault in Fiches, or too long a time) is that guide's outcome; it never
 * stops the others, and the manifest is saved as guides complete.
 */
public final class Batch {
    /** The manifest is saved at most this often during a run, and always at its end. */
    private static final long SAVE_INTERVAL_NANOS = 1_000_000_000L;

    private final GuideLoader loader;
    private final Making making;
    private final Workers workers;
    private final RunLimits limits;
    private final Step step;

    /** One guide's making, from its file to its outcome. */
    @FunctionalInterface
    public interface Step {
        Outcome process(Path file, Commit commit) throws Exception;
    }

    /** @param coverage what the embedded fonts can draw, for the checks */
    public Batch(GuideRenderer renderer, GlyphCoverage coverage, int threads) {
        this((Making) renderer, coverage, threads);
    }

    Batch(Making making, GlyphCoverage coverage, int threads) {
        this(
                making,
                coverage,
                new Workers(threads, RunLimits.DEFAULT.stackBytes(), "fiches-guide"),
                RunLimits.DEFAULT,
                s -> s);
    }

    /**
     * @param around wraps each guide's step: the identity, except in tests that make a guide fail
     *               in ways no small input can (memory exhausted, a fault in Fiches, a hang)
     */
    private Batch(
            Making making, GlyphCoverage coverage, Workers workers, RunLimits limits, UnaryOperator<Step> around) {
        this.making = making;
        this.loader = new GuideLoader(coverage);
        this.workers = workers;
        this.limits = limits;
        this.step = around.apply(this::process);
    }

    public static Batch rendering(Resources resources, Options options) {
        return rendering(resources, options, RunLimits.DEFAULT, s -> s);
    }

    public static Batch rendering(Resources resources, Options options, RunLimits limits, UnaryOperator<Step> around) {
        Workers workers = new Workers(cores(), limits.stackBytes(), "fiches-guide");
        return new Batch(new GuideRenderer(resources, options, workers), coverage(resources), workers, limits, around);
    }

    /**
     * What the fonts Fiches embeds can draw, read from the very files it loaded: the checks warn
     * of a character that would print as a box. Read once per run.
     */
    public static GlyphCoverage coverage(Resources resources) {
        return GlyphCoverage.of(resources.fontFiles(400), resources.fontFiles(700));
    }

    /** @param coverage what the embedded fonts can draw, for the checks */
    public static Batch checking(GlyphCoverage coverage) {
        return checking(coverage, RunLimits.DEFAULT, s -> s);
    }

    public static Batch checking(GlyphCoverage coverage, RunLimits limits, UnaryOperator<Step> around) {
        return new Batch(
                new CheckingOnly(),
                coverage,
                new Workers(cores(), limits.stackBytes(), "fiches-guide"),
                limits,
                around);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The guides directly in a folder, sorted by name (see {@link GuideFolder} for what is left out). */
    public static List<Path> guidesIn(Path folder) throws IOException {
        return GuideFolder.scan(folder).guides();
    }

    public List<Outcome> run(List<Path> guides, Consumer<Outcome> onEach) {
        return run(guides, onEach, notice -> {});
    }

    /**
     * Processes the guides, reporting each outcome as soon as it and all before it are done.
     *
     * @param onNotice told of what concerns the run rather than a guide (a manifest ignored)
     * @throws ToolFailure after every outcome was reported, when the manifest could not be saved
     */
    public List<Outcome> run(List<Path> guides, Consumer<Outcome> onEach, Consumer<Notice> onNotice) {
        making.manifestNotice().ifPresent(onNotice);
        List<CompletableFuture<Workers.Job<Outcome>>> jobs = new ArrayList<>();
        guides.forEach(g -> jobs.add(new CompletableFuture<>()));
        Thread starter = new Thread(() -> start(guides, jobs), "fiches-start");
        starter.setDaemon(true);
        starter.start();
        List<Outcome> outcomes = new ArrayList<>();
        ManifestSaver saver = new ManifestSaver();
        try {
            for (int i = 0; i < guides.size(); i++) {
                Outcome o = await(guides.get(i), jobs.get(i));
                saver.afterGuide(o);
                onEach.accept(o);
                outcomes.add(o);
            }
        } finally {
            starter.interrupt();
        }
        saver.atEnd();
        return outcomes;
    }

    /** Starts the guides in order, each as soon as a core is free. */
    private void start(List<Path> guides, List<CompletableFuture<Workers.Job<Outcome>>> jobs) {
        for (int i = 0; i < guides.size(); i++) {
            Path guide = guides.get(i);
            try {
                jobs.get(i).complete(workers.start(commit -> step.process(guide, commit)));
            } catch (InterruptedException e) {
                return; // the run is over
            }
        }
    }

    private Outcome await(Path guide, CompletableFuture<Workers.Job<Outcome>> job) {
        try {
            return job.get().await(limits.perGuide().toNanos());
        } catch (TimeoutException e) {
            return GuideFailures.timedOut(guide, limits.perGuide(), kept(guide));
        } catch (ExecutionException e) {
            return GuideFailures.of(guide, e.getCause(), kept(guide));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure(Kind.INTERRUPTED, "The run was interrupted.", "Run it again.", e);
        }
    }

    private String kept(Path guide) {
        try {
            return making.kept(Slug.of(guide));
        } catch (RuntimeException e) {
            return ""; // a name no output can have: there is nothing to tell of
        }
    }

    Outcome process(Path file, Commit commit) {
        SourceReader.Read read = loader.read(file);
        if (read.source().isEmpty()) {
            return new Outcome(file, read.problems(), List.of());
        }
        GuideSource source = read.source().get();
        Optional<Outcome> upToDate = making.upToDate(source);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        GuideLoader.Loaded loaded = loader.load(source);
        if (loaded.hasErrors() || loaded.guide().isEmpty()) {
            return new Outcome(file, loaded.problems(), List.of());
        }
        return making.make(loaded.guide().get(), loaded.source().get(), loaded.problems(), commit);
    }

    /**
     * Saves the manifest as guides complete, at most once a second, so that a run killed half-way
     * leaves a record of what it made; a save that fails is tried again at the end only.
     */
    private final class ManifestSaver {
        private long last = System.nanoTime() - SAVE_INTERVAL_NANOS;
        private boolean pending;
        private boolean failing;

        void afterGuide(Outcome o) {
            pending |= !o.written().isEmpty();
            if (pending && !failing && System.nanoTime() - last >= SAVE_INTERVAL_NANOS) {
                try {
                    making.saveManifest();
                    pending = false;
                } catch (ToolFailure e) {
                    failing = true;
                }
                last = System.nanoTime();
            }
        }

        void atEnd() {
            making.saveManifest();
        }
    }
}
