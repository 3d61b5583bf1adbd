package fiches.batch;

import fiches.guide.Guide;
import fiches.pdf.Resources;
import fiches.source.GuideSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures warm throughput: renders every good guide of a folder {@code copies} times, both
 * editions, on all cores, writing the PDFs to a scratch folder as a real run does. A figure for
 * a person to read and compare side by side, never a pass-or-fail test.
 */
public final class Benchmark {
    private final Resources resources;
    private final int threads;

    public Benchmark(Resources resources, int threads) {
        this.resources = resources;
        this.threads = threads;
    }

    /**
     * @param options the print size and editions to render; the PDFs go to a scratch folder
     *                inside its output folder (the disk a real run writes to), removed at the end
     */
    public void run(List<Path> files, int copies, Options options, PrintWriter out) throws Exception {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be 1 or more");
        }
        List<GuideLoader.Loaded> guides = new ArrayList<>();
        GuideLoader loader = new GuideLoader(Batch.coverage(resources));
        files.stream().map(loader::load).filter(l -> l.guide().isPresent()).forEach(guides::add);
        if (guides.isEmpty()) {
            out.println("No valid guide to measure.");
            return;
        }
        Files.createDirectories(options.out());
        Path scratch = Files.createTempDirectory(options.out(), ".fiches-bench-");
        Options scratchOptions = Options.builder(scratch)
                .size(options.size())
                .editions(options.editions())
                .force(true)
                .paper(options.paper())
                .build();
        GuideRenderer renderer = new GuideRenderer(resources, scratchOptions);
        measure(renderer, guides, Math.max(1, copies / 5), scratch); // warm-up: let the JIT compile
        resetPeaks();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Result r = measure(renderer, guides, copies, scratch);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(out, r, seconds, processCpuNanos() - cpuStart, scratchOptions);
        deleteAll(scratch);
    }

    private record Result(List<Long> nanosPerGuide, long bytes) {}

    private Result measure(GuideRenderer renderer, List<GuideLoader.Loaded> guides, int copies, Path scratch)
            throws Exception {
        // The same kind of pool as a real run, so that the editions share cores the same way.
        ExecutorService pool = new ForkJoinPool(threads);
        AtomicLong bytes = new AtomicLong();
        AtomicWriter writer = new AtomicWriter();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                for (GuideLoader.Loaded g : guides) {
                    int copy = c;
                    futures.add(pool.submit(() ->
                            renderBoth(renderer, g.guide().get(), g.source().get(), scratch, copy, writer, bytes)));
                }
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : futures) {
                times.add(f.get());
            }
            return new Result(times, bytes.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long renderBoth(
            GuideRenderer renderer,
            Guide guide,
            GuideSource source,
            Path scratch,
            int copy,
            AtomicWriter writer,
            AtomicLong bytes)
            throws IOException {
        long t0 = System.nanoTime();
        for (var e :
                renderer.renderAll(guide, renderer.digest(guide, source)).pdfs().entrySet()) {
            writer.write(scratch.resolve(copy + "-" + e.getKey().fileName(guide.slug())), e.getValue());
            bytes.addAndGet(e.getValue().length);
        }
        return System.nanoTime() - t0;
    }

    private void report(PrintWriter out, Result r, double seconds, long cpuNanos, Options options) {
        List<Long> sorted = new ArrayList<>(r.nanosPerGuide());
        Collections.sort(sorted);
        int n = sorted.size();
        int pdfs = n * options.editions().size();
        out.printf(
                "guides rendered   %d (%s at %d pt: %d PDFs) on %d threads, in %s%n",
                n,
                options.editions().size() == 1
                        ? options.editions().iterator().next().name().toLowerCase(java.util.Locale.ROOT) + " edition"
                        : "both editions",
                options.size(),
                pdfs,
                threads,
                options.out().getParent());
        out.printf("wall time         %.2f s%n", seconds);
        out.printf("throughput        %.1f guides/s (%.1f PDFs/s)%n", n / seconds, pdfs / seconds);
        out.printf(
                "time per guide    median %.1f ms, 95th percentile %.1f ms%n",
                sorted.get(n / 2) / 1e6, sorted.get(Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)) / 1e6);
        if (cpuNanos >= 0) {
            // Steadier than wall time on a shared machine: time stolen by other guests is not counted.
            out.printf("processor time    %.1f ms per guide (all threads)%n", cpuNanos / 1e6 / n);
        }
        out.printf("peak heap         %d MB%n", peakHeap() / (1024 * 1024));
        out.printf("peak RSS          %s%n", peakRss());
        out.printf("bytes written     %d KB (%.1f KB per PDF)%n", r.bytes() / 1024, r.bytes() / 1024.0 / pdfs);
        out.flush();
    }

    /** The processor time of the whole process so far, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    /** The process's peak resident memory, as the kernel counts it (Linux only). */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return kb / 1024 + " MB (whole process, start-up included)";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say so below
        }
        return "unknown on this system";
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
