package fiches.batch;

import fiches.guide.Guide;
import fiches.layout.Edition;
import fiches.layout.GuideLayout;
import fiches.pdf.PdfRenderer;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import fiches.util.SideBySide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.EnumSet;

/**
 * Renders every edition of one good guide to memory, and only when all succeeded writes them,
 * each by atomic replacement; a failure leaves the older outputs as they were.
 */
public final class GuideRenderer {
    private final Resources resources;
    private final PdfRenderer pdf;
    private final Options options;
    private final AtomicWriter writer = new AtomicWriter();
    private final GuideLayout layout;
    private final Manifest manifest;

    public GuideRenderer(Resources resources, Options options) {
        this.resources = resources;
        this.options = options;
        this.pdf = new PdfRenderer(resources, "Fiches " + Version.NUMBER);
        this.layout = new GuideLayout(resources.css(options.size()), resources.textWidths(),
                resources.bodySize(options.size()));
        this.manifest = Manifest.in(options.out());
    }

    /**
     * Recognises an unchanged guide from its text and the images the manifest says it shows,
     * before any parsing: a re-run of a large folder then costs little more than reading it. A
     * guide that drew warnings is not recognised here, so that they are shown again.
     */
    public Optional<Outcome> unchanged(GuideSource source) {
        if (options.force()) {
            return Optional.empty();
        }
        try {
            Optional<Manifest.Entry> entry = manifest.entry(source.slug()).filter(Manifest.Entry::clean);
            if (entry.isEmpty() || !outputsExist(source.slug())) {
                return Optional.empty();
            }
            Optional<String> digest = InputDigest.of(source, entry.get().images(), options, resources);
            return digest.filter(entry.get().digest()::equals)
                    .map(d -> new Outcome(source.file(), List.of(), List.of(), true));
        } catch (IOException e) {
            return Optional.empty(); // the full path below reports what is wrong
        }
    }

    public Outcome render(Guide guide, GuideSource source, List<Problem> warnings) {
        try {
            String digest = digest(guide, source);
            if (!options.force() && manifest.isCurrent(guide.slug(), digest) && outputsExist(guide.slug())) {
                return new Outcome(guide.file(), warnings, List.of(), true);
            }
            Map<Edition, byte[]> pdfs = renderAll(guide, digest);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Edition, byte[]> e : pdfs.entrySet()) {
                Path target = options.out().resolve(e.getKey().fileName(guide.slug()));
                writer.write(target, e.getValue());
                written.add(target);
            }
            manifest.record(guide.slug(), entry(guide, digest, warnings));
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
     * Every requested edition of a guide, in memory. Most guides are laid out once for both;
     * a guide with images needs one layout per edition, rendered side by side when cores are idle.
     *
     * @param digest the digest of everything the PDFs depend on; with the edition, it makes their ID
     */
    Map<Edition, byte[]> renderAll(Guide guide, String digest) throws IOException {
        Function<Edition, String> ids = e -> digest + " " + e.name();
        if (!GuideLayout.editionsDiffer(guide) || options.editions().size() == 1) {
            Edition any = options.editions().iterator().next();
            return pdf.render(guide, options.editions(), layout.layout(guide, any), ids);
        }
        Map<Edition, byte[]> pdfs = new EnumMap<>(Edition.class);
        SideBySide.run(Edition.class, options.editions(), edition -> () -> pdf.render(guide, EnumSet.of(edition),
                layout.layout(guide, edition), ids)).values().forEach(pdfs::putAll);
        return pdfs;
    }

    /** The digest of a guide's inputs, for tools that render it outside a run. */
    String digest(Guide guide, GuideSource source) throws IOException {
        return InputDigest.of(guide, source, options, resources);
    }

    private boolean outputsExist(String slug) {
        return options.editions().stream()
                .allMatch(e -> java.nio.file.Files.isRegularFile(options.out().resolve(e.fileName(slug))));
    }

    /**
     * A guide's record. Image names that a line of the manifest could not hold (a tab or a line
     * break) are left out, and the guide is then never recognised unread.
     */
    private static Manifest.Entry entry(Guide guide, String digest, List<Problem> warnings) {
        List<String> images = InputDigest.imagePaths(guide);
        boolean fits = images.stream().noneMatch(i -> i.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r'));
        return new Manifest.Entry(digest, warnings.isEmpty() && fits, fits ? images : List.of());
    }

    /** Records what this run made, so that the next run can skip what has not changed. */
    public void saveManifest() throws IOException {
        manifest.save(writer);
    }
}
