package fiches.batch;

import fiches.guide.Guide;
import fiches.layout.Edition;
import fiches.layout.GuideLayout;
import fiches.pdf.PdfRenderer;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;

/**
 * Renders every edition of one good guide to memory, and only when all succeeded writes them,
 * each by atomic replacement; a failure leaves the older outputs as they were.
 */
public final class GuideRenderer {
    private final Resources resources;
    private final PdfRenderer pdf;
    private final Options options;
    private final AtomicWriter writer = new AtomicWriter();
    private final Map<Edition, GuideLayout> layouts = new EnumMap<>(Edition.class);
    private final Manifest manifest;

    public GuideRenderer(Resources resources, Options options) {
        this.resources = resources;
        this.options = options;
        this.pdf = new PdfRenderer(resources, "Fiches " + Version.NUMBER);
        for (Edition e : Edition.values()) {
            layouts.put(e, new GuideLayout(resources.css(e, options.size())));
        }
        this.manifest = Manifest.in(options.out());
    }

    public Outcome render(Guide guide, GuideSource source, List<Problem> warnings) {
        Map<Edition, byte[]> pdfs = new EnumMap<>(Edition.class);
        try {
            String digest = InputDigest.of(guide, source, options, resources);
            if (!options.force() && manifest.isCurrent(guide.slug(), digest) && outputsExist(guide)) {
                return new Outcome(guide.file(), warnings, List.of(), true);
            }
            renderEditions(guide, source, pdfs);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Edition, byte[]> e : pdfs.entrySet()) {
                Path target = options.out().resolve(e.getKey().fileName(guide.slug()));
                writer.write(target, e.getValue());
                written.add(target);
            }
            manifest.record(guide.slug(), digest);
            return new Outcome(guide.file(), warnings, written);
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = new ArrayList<>(warnings);
            problems.add(Problem.error(guide.file(), 0, Kind.RENDER_FAILED,
                    "The PDF could not be made (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Older PDFs of this guide were kept. Check the guide's images; if it persists, report it "
                            + "with the guide attached."));
            return new Outcome(guide.file(), problems, List.of());
        }
    }

    /**
     * The editions are independent: rendered as fork/join tasks, they run side by side when cores
     * are idle (a single guide) and one after the other when the batch keeps every core busy.
     */
    private void renderEditions(Guide guide, GuideSource source, Map<Edition, byte[]> pdfs) {
        Map<Edition, ForkJoinTask<byte[]>> tasks = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            if (options.editions().contains(edition)) {
                tasks.put(edition, ForkJoinTask.adapt(() -> renderOne(guide, source, edition)));
            }
        }
        ForkJoinTask.invokeAll(tasks.values());
        tasks.forEach((edition, task) -> pdfs.put(edition, task.join()));
    }

    byte[] renderOne(Guide guide, GuideSource source, Edition edition) throws IOException {
        String fingerprint = String.join("\u0000", Version.NUMBER, edition.name(),
                String.valueOf(options.size()), source.text());
        return pdf.render(guide, edition, layouts.get(edition).layout(guide, edition), fingerprint);
    }

    private boolean outputsExist(Guide guide) {
        return options.editions().stream()
                .allMatch(e -> java.nio.file.Files.isRegularFile(options.out().resolve(e.fileName(guide.slug()))));
    }

    /** Records what this run made, so that the next run can skip what has not changed. */
    public void saveManifest() throws IOException {
        manifest.save(writer);
    }
}
