package fiches.batch;

import fiches.guide.Guide;
import fiches.guide.SiteProfile;
import fiches.layout.GuideLayout;
import fiches.layout.Paper;
import fiches.pdf.FirstPage;
import fiches.pdf.PdfRenderer;
import fiches.pdf.Rendered;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Problems;
import fiches.problem.Thrown;
import fiches.product.Edition;
import fiches.source.GuideSource;
import fiches.util.Commit;
import fiches.util.Digest;
import fiches.util.Workers;
import fiches.web.WebPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders every edition of one good guide to memory, and only when all succeeded writes them,
 * replacing them together; a failure leaves the older outputs as they were. Whether a guide
 * needs making at all is {@link UpToDate}'s to decide.
 */
public final class GuideRenderer implements Making {
    private final Resources resources;
    private final PdfRenderer pdf;
    private final Options options;
    private final AtomicWriter writer = new AtomicWriter();
    private final WebPage web = new WebPage();
    /** A layout for each paper: a guide is laid out for the paper it is printed on. */
    private final Map<Paper, GuideLayout> layouts = new EnumMap<>(Paper.class);

    private final UpToDate upToDate;
    private final Workers workers;

    public GuideRenderer(Resources resources, Options options) {
        this(
                resources,
                options,
                new Workers(
                        Runtime.getRuntime().availableProcessors(), RunLimits.DEFAULT.stackBytes(), "fiches-edition"));
    }

    /**
     * @param workers the threads to render a guide's editions on side by side while cores are free:
     *                those of the run, so that the editions only take cores that no guide needs
     */
    public GuideRenderer(Resources resources, Options options, Workers workers) {
        this.workers = workers;
        this.resources = resources;
        this.options = options;
        this.pdf = new PdfRenderer(resources, "Fiches " + Version.NUMBER);
        for (Paper paper : Paper.values()) {
            layouts.put(
                    paper,
                    new GuideLayout(
                            resources.css(options.size()),
                            resources.textWidths(),
                            resources.bodySize(options.size()),
                            resources.bodySizes(options.size()),
                            paper));
        }
        this.upToDate = new UpToDate(options, resources);
    }

    /** Whether the guide's PDFs are up to date, decided before parsing it (see {@link UpToDate}). */
    @Override
    public Optional<Outcome> upToDate(GuideSource source) {
        return upToDate.fromText(source);
    }

    public Outcome render(Guide guide, GuideSource source, List<Problem> warnings) {
        return render(guide, source, warnings, Commit.ALWAYS);
    }

    /**
     * Renders a guide and replaces its PDFs together. A failure to render is the guide's; a
     * failure to write is the output folder's, and is reported as such.
     *
     * @param commit asked before any file is changed: a guide given up for its time changes nothing
     */
    @Override
    public Outcome make(Guide guide, GuideSource source, List<Problem> warnings, Commit commit) {
        return render(guide, source, warnings, commit);
    }

    public Outcome render(Guide guide, GuideSource source, List<Problem> warnings, Commit commit) {
        Rendered rendered;
        Optional<byte[]> page;
        String digest;
        try {
            digest = upToDate.digest(guide, source);
            if (upToDate.isUpToDate(guide, digest)) {
                return new Outcome(guide.file(), warnings, List.of(), true);
            }
            rendered = renderAll(guide, digest);
            page = webPage(guide);
        } catch (IOException | RuntimeException e) {
            return failed(
                    guide,
                    warnings,
                    Problem.error(
                            guide.file(),
                            0,
                            Kind.RENDER_FAILED,
                            "The PDF could not be made (" + Thrown.describe(e) + ").",
                            kept(guide.slug())
                                    + " Check the guide's images; if it persists, report it with the guide attached."),
                    e);
        }
        if (!commit.begin()) {
            throw new CancellationException("given up for its time");
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        rendered.pdfs().forEach((edition, bytes) -> files.put(target(edition, guide.slug()), bytes));
        page.ifPresent(bytes -> files.put(target(Edition.WEB, guide.slug()), bytes));
        String kept = kept(guide.slug());
        try {
            writer.writeAll(files);
        } catch (AtomicWriter.ReplaceFailure e) {
            return failed(
                    guide,
                    warnings,
                    Problem.error(
                            guide.file(),
                            0,
                            Kind.OUTPUT_FAILED,
                            "Its PDFs could not be written to the output folder " + options.out() + " ("
                                    + Thrown.describe(e.getCause()) + "). "
                                    + (e.replaced().isEmpty()
                                            ? kept
                                            : "Only partly: "
                                                    + e.replaced().stream()
                                                            .map(Path::toString)
                                                            .collect(Collectors.joining(", "))
                                                    + " already held the new edition and could not be put "
                                                    + "back; the other PDFs of this guide are as they were."),
                            "This is not a fault of the guide. Check that " + options.out()
                                    + " has free space, that you may "
                                    + "write there, and that its PDF names are files, not folders; then run again."),
                    e);
        }
        upToDate.made(guide, digest, warnings);
        return new Outcome(
                guide.file(),
                Problems.of(warnings),
                List.copyOf(files.keySet()),
                false,
                Optional.empty(),
                options.catalogue() || options.recueil()
                        ? Optional.of(made(guide, files, rendered))
                        : Optional.empty());
    }

    /**
     * What the catalogue needs of a guide just made, worked out here on the guide's own thread from
     * the PDFs still in memory, rather than read back from the disk after the run.
     */
    private Made made(Guide guide, Map<Path, byte[]> files, Rendered rendered) {
        Map<Path, String> sha256 = new HashMap<>();
        files.forEach((path, bytes) -> sha256.put(path, Digest.of(bytes)));
        Map<Path, Integer> pages = new HashMap<>();
        rendered.pages().forEach((edition, n) -> pages.put(target(edition, guide.slug()), n));
        return new Made(guide, sha256, pages, rendered.firstPage());
    }

    private Path target(Edition edition, String slug) {
        return options.out().resolve(edition.fileName(slug));
    }

    /** What a failure leaves of a guide's PDFs, said before anything is tried. */
    @Override
    public String kept(String slug) {
        List<Path> older = options.editions().stream()
                .sorted()
                .map(e -> target(e, slug))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .toList();
        return older.isEmpty()
                ? "No PDF of this guide was written."
                : "Its older PDFs were kept unchanged: "
                        + older.stream().map(Path::toString).collect(Collectors.joining(", ")) + ".";
    }

    private Outcome failed(Guide guide, List<Problem> warnings, Problem error, Throwable cause) {
        List<Problem> problems = new ArrayList<>(warnings);
        problems.add(error);
        return new Outcome(guide.file(), problems, List.of(), false, Optional.of(cause));
    }

    /**
     * Every requested edition of a guide, in memory. Most guides are laid out once for both;
     * a guide with images needs one layout per edition, rendered side by side when cores are idle.
     *
     * @param digest the digest of everything the PDFs depend on; with the edition, it makes their ID
     */
    Rendered renderAll(Guide guide, String digest) throws IOException {
        Function<Edition, String> ids = e -> digest + " " + e.name();
        Set<Edition> editions = Edition.pdfs(options.editions());
        // The logo was decoded in full by the profile's checks: the renderer is served those bytes.
        options.profile()
                .flatMap(SiteProfile::logo)
                .ifPresent(l -> guide.images().keep(l.file(), l.png()));
        boolean picture = options.catalogue();
        GuideLayout layout = layouts.get(options.paperFor(guide));
        if (editions.isEmpty()) {
            return new Rendered(new EnumMap<>(Edition.class), Map.of(), Optional.empty());
        }
        if (!GuideLayout.editionsDiffer(guide) || editions.size() == 1) {
            Edition any = editions.iterator().next();
            return pdf.render(guide, editions, layout.layout(guide, any, options.profile(), online()), ids, picture);
        }
        Edition first = editions.iterator().next();
        Map<Edition, byte[]> pdfs = new EnumMap<>(Edition.class);
        Map<Edition, Integer> pages = new EnumMap<>(Edition.class);
        Optional<FirstPage> firstPage = Optional.empty();
        for (Rendered r : workers.sideBySide(
                        Edition.class,
                        editions,
                        edition -> () -> pdf.render(
                                guide,
                                EnumSet.of(edition),
                                layout.layout(guide, edition, options.profile(), online()),
                                ids,
                                picture && edition == first))
                .values()) {
            pdfs.putAll(r.pdfs());
            pages.putAll(r.pages());
            firstPage = firstPage.or(r::firstPage);
        }
        return new Rendered(pdfs, pages, firstPage);
    }

    /**
     * The web edition, when the run makes it: written from the guide's layout for the screen, the
     * accessible edition's words, with the logo's checked bytes already kept by {@link #renderAll}.
     */
    private Optional<byte[]> webPage(Guide guide) {
        if (!options.editions().contains(Edition.WEB)) {
            return Optional.empty();
        }
        GuideLayout layout = layouts.get(options.paperFor(guide));
        return Optional.of(
                web.write(guide, layout.layout(guide, Edition.WEB, options.profile(), online()), options.editions()));
    }

    /** The edition page 1's QR code leads to when the folder is published: the page for phones, when made. */
    private Edition online() {
        return options.editions().contains(Edition.WEB) ? Edition.WEB : Edition.ACCESSIBLE;
    }

    /** The digest of a guide's inputs, for tools that render it outside a run. */
    String digest(Guide guide, GuideSource source) throws IOException {
        return upToDate.digest(guide, source);
    }

    /** A warning about the manifest found in the output folder, if it had to be ignored. */
    @Override
    public Optional<Notice> manifestNotice() {
        return upToDate.notice();
    }

    /**
     * Records what this run made, so that the next run can skip what has not changed.
     *
     * @throws ToolFailure naming the file, when it cannot be written
     */
    @Override
    public void saveManifest() {
        try {
            upToDate.save(writer);
        } catch (IOException e) {
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The output folder's record " + upToDate.file() + " could not be written (" + Thrown.describe(e)
                            + ").",
                    "Check that " + options.out() + " has free space and that you may write there; until then "
                            + "every run makes every guide again.",
                    e);
        }
    }
}
