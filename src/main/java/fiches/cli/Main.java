package fiches.cli;

import fiches.batch.Batch;
import fiches.batch.Benchmark;
import fiches.batch.GuideFolder;
import fiches.batch.Notice;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.batch.OutputFolder;
import fiches.batch.RunLimits;
import fiches.batch.SiteProfiles;
import fiches.batch.ToolFailure;
import fiches.batch.TranslationCheck;
import fiches.batch.Version;
import fiches.catalogue.Catalogue;
import fiches.layout.Paper;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Thrown;
import fiches.product.Edition;
import fiches.product.PrintSize;
import fiches.recueil.Recueil;
import fiches.util.Workers;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fiches [GUIDES_DIR] [--out DIR] [--size N] [--edition E] [--force] [--check] [--no-catalogue]
 * [--recueil] [--report json] [--bench COPIES] [--open] [--debug]}.
 */
@Command(
        name = "fiches",
        mixinStandardHelpOptions = true,
        versionProvider = Main.FichesVersion.class,
        sortOptions = false,
        description = {
            "Turns the step-by-step guides of GUIDES_DIR into a large-print handout to print",
            "(<slug>-grands-caracteres.pdf) and an accessible PDF to mail (<slug>-accessible.pdf)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every guide succeeded",
            "1:some guide failed (the others were written), or the site profile fiches.yaml has an error",
            "2:the command line is wrong (or --out is not a folder you may write in)",
            "3:Fiches itself failed: the output folder, the disk, another run on it, or a fault in Fiches"
        })
public final class Main implements Callable<Integer> {

    enum Editions {
        handout,
        accessible,
        web,
        all
    }

    enum ReportFormat {
        text,
        json
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "GUIDES_DIR",
            description = "Folder of guides (default: guides).")
    private Path guides = Path.of("guides");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the PDFs go (default: out).")
    private Path out = Path.of("out");

    @Option(
            names = "--size",
            paramLabel = "N",
            completionCandidates = SizeChoices.class,
            description =
                    "Print size, as large-print guidelines count it (letters as tall as Arial's at that size): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private int size = PrintSize.DEFAULT_PRESET;

    @Option(
            names = "--paper",
            paramLabel = "P",
            description = "a4 or letter: print every guide and the recueil on this paper (default: each guide on "
                    + "its countries' paper, Letter for US, CA, MX and the others that use it, else A4).")
    private Paper paper;

    @Option(
            names = "--edition",
            paramLabel = "E",
            split = ",",
            description = "handout, accessible, web or all, or a list of them: handout,web (default: all).")
    private List<Editions> edition = List.of(Editions.all);

    @Option(names = "--force", description = "Render every guide, even those whose PDFs are up to date.")
    private boolean force;

    @Option(names = "--check", description = "Only check the guides; write no PDF.")
    private boolean checkOnly;

    @Option(names = "--no-catalogue", description = "Do not write the catalogue page index.html beside the PDFs.")
    private boolean noCatalogue;

    @Option(
            names = "--recueil",
            description = "Also bind every guide made into one book for a binder: "
                    + "recueil-grands-caracteres.pdf (and recueil-accessible.pdf) beside the PDFs.")
    private boolean recueil;

    @Option(names = "--report", paramLabel = "FORMAT", description = "text or json (default: text).")
    private ReportFormat report = ReportFormat.text;

    @Option(
            names = "--bench",
            paramLabel = "COPIES",
            description = "Measure speed: render every guide COPIES times (with --size and --edition, in a scratch "
                    + "folder inside --out) and print figures.")
    private Integer benchCopies;

    @Option(
            names = "--open",
            description =
                    "When done, open the catalogue page (or the output folder) on the desktop, "
                            + "if there is one. The release's launchers ask it when started without arguments, by a double-click.")
    private boolean open;

    @Option(names = "--debug", description = "Also print the Java stack trace of an unexpected failure.")
    private boolean debug;

    private final RunLimits limits;
    private final UnaryOperator<Batch.Step> around;

    public Main() {
        this(RunLimits.DEFAULT, s -> s);
    }

    /** A command line whose guides are made under other limits, or made to fail, by tests. */
    Main(RunLimits limits, UnaryOperator<Batch.Step> around) {
        this.limits = limits;
        this.around = around;
    }

    /** {@code --version}: the version the build wrote. */
    static final class FichesVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Fiches " + Version.NUMBER};
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The renderer's progress log would drown the one line per guide our users read.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        // UTF-8 whatever the locale: file names and messages keep their accents
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        checkCommandLine();
        if (benchCopies != null) {
            GuideFolder folder = GuideFolder.scan(guides);
            new Benchmark(resources(), Runtime.getRuntime().availableProcessors())
                    .run(folder.guides(), benchCopies, new Options(out, size, editions(), true), stdout);
            return 0;
        }
        Report printer = printer(stdout, stderr);
        List<Outcome> outcomes = new ArrayList<>();
        Consumer<Outcome> each = o -> {
            outcomes.add(o);
            printer.guide(o);
            o.cause().ifPresent(c -> debug(stderr, "while making " + o.file(), c));
        };
        boolean failed = false;
        boolean profileFailed = false;
        try {
            profileFailed = make(printer, each);
        } catch (ToolFailure e) {
            failed = true;
            printer.notice(e.notice());
            debug(stderr, "Fiches failed", e);
        } catch (IOException | RuntimeException | Error e) {
            failed = true;
            printer.notice(new Notice(
                    Kind.INTERNAL_ERROR,
                    "Fiches failed (" + Thrown.describe(e) + "): this is a fault in Fiches, not in " + "a guide.",
                    "Please report it (run with --debug to see the details)."));
            debug(stderr, "Fiches failed", e);
        }
        printer.summary(outcomes);
        stdout.flush();
        if (open && !failed && !checkOnly && outcomes.stream().anyMatch(o -> !o.failed())) {
            DesktopOpener.openResult(out, !noCatalogue, stderr);
        }
        if (failed || outcomes.stream().anyMatch(Outcome::toolFailed)) {
            return 3;
        }
        return profileFailed || outcomes.stream().anyMatch(Outcome::failed) ? 1 : 0;
    }

    /**
     * JSON when asked; in a terminal a progress bar and a summary in French; else (a log, a pipe,
     * a test) one line per guide and a summary, which scripts read.
     */
    private Report printer(PrintWriter stdout, PrintWriter stderr) {
        if (report == ReportFormat.json) {
            return new JsonReport(stdout);
        }
        TextReport text = new TextReport(stdout, stderr, checkOnly);
        return Terminal.interactive() ? new ProgressReport(text, stdout, System.err, checkOnly, out) : text;
    }

    /**
     * Reads the guides and, unless only checking, makes their PDFs in the output folder, held for
     * this run, then the catalogue page of the guides made. The site profile's problems are told
     * first; the guides are made without its faulty part.
     *
     * @return whether the site profile has errors
     */
    private boolean make(Report printer, Consumer<Outcome> each) throws IOException {
        GuideFolder folder;
        try {
            folder = GuideFolder.scan(guides);
        } catch (IOException e) {
            throw new ToolFailure(
                    Kind.GUIDES_UNREADABLE,
                    "The folder of guides " + guides + " cannot be read (" + Thrown.describe(e) + ").",
                    "Check that you may read " + guides + ".",
                    e);
        }
        folder.skipped().forEach(printer::notice);
        SiteProfiles.Loaded profile = SiteProfiles.load(guides);
        profile.problems().stream().map(SiteProfiles::notice).forEach(printer::notice);
        printer.starting(folder.guides().size());
        if (checkOnly) {
            Batch.checking(Batch.coverage(resources()), limits, around).run(folder.guides(), each, printer::notice);
            new TranslationCheck().notices(folder.guides()).forEach(printer::notice);
            return profile.hasErrors();
        }
        try (OutputFolder held = OutputFolder.hold(out)) {
            held.notices().forEach(printer::notice);
            Options options = new Options(out, size, editions(), force, !noCatalogue, recueil)
                    .withProfile(profile.profile())
                    .withPaper(Optional.ofNullable(paper));
            Resources resources = resources();
            List<Outcome> outcomes =
                    Batch.rendering(resources, options, limits, around).run(folder.guides(), each, printer::notice);
            new TranslationCheck().notices(folder.guides()).forEach(printer::notice);
            // The catalogue is written while the recueil is bound: neither needs the other, and the
            // catalogue's one thread would otherwise leave a core idle.
            FutureTask<Void> catalogue = new FutureTask<>(() -> {
                new Catalogue(out, editions()).write(outcomes);
                return null;
            });
            if (!noCatalogue) {
                new Thread(catalogue, "fiches-catalogue").start();
            }
            ToolFailure bookFailed = null;
            if (recueil) {
                try {
                    printer.recueil(new Recueil(resources, options).write(outcomes));
                } catch (ToolFailure e) {
                    bookFailed = e; // the catalogue is still written
                }
            }
            if (!noCatalogue) {
                awaitCatalogue(catalogue);
            }
            if (bookFailed != null) {
                throw bookFailed;
            }
        }
        return profile.hasErrors();
    }

    /** The catalogue's own failure, as it would have been thrown had it been written on this thread. */
    private static void awaitCatalogue(FutureTask<Void> catalogue) throws IOException {
        try {
            catalogue.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the catalogue was written", e);
        } catch (ExecutionException e) {
            throw Workers.rethrown(e);
        }
    }

    /** Refuses, before any work, what the command line asks that cannot be done. */
    private void checkCommandLine() {
        if (!PrintSize.PRESETS.contains(size)) {
            throw usage("--size must be " + PrintSize.presetsInWords() + ", not " + size);
        }
        if (!Files.isDirectory(guides)) {
            throw usage("no folder of guides at " + guides + " (give the folder that holds the .md files)");
        }
        if (benchCopies != null) {
            if (benchCopies < 1) {
                throw usage("--bench must be 1 or more (how many times to render each guide), not " + benchCopies);
            }
            if (checkOnly || report != ReportFormat.text) {
                throw usage(
                        "--bench measures rendering and prints figures: it cannot be used with --check or --report");
            }
        }
        if (!checkOnly) {
            OutputFolder.unusable(out).ifPresent(why -> {
                throw usage(why);
            });
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void debug(PrintWriter stderr, String what, Throwable t) {
        if (debug && t != null) {
            stderr.println("debug: " + what + ":");
            t.printStackTrace(stderr);
            stderr.flush();
        }
    }

    private Set<Edition> editions() {
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        for (Editions e : edition) {
            switch (e) {
                case handout -> editions.add(Edition.HANDOUT);
                case accessible -> editions.add(Edition.ACCESSIBLE);
                case web -> editions.add(Edition.WEB);
                case all -> editions.addAll(EnumSet.allOf(Edition.class));
            }
        }
        return editions;
    }

    /** Fiches' fonts and styles; their absence is a broken installation, not a fault of a guide. */
    private static Resources resources() {
        try {
            return Resources.load(home());
        } catch (java.io.UncheckedIOException e) {
            throw new ToolFailure(
                    Kind.INSTALLATION_BROKEN,
                    e.getMessage(),
                    "Run ./fiches from its own folder, or set FICHES_HOME to it.",
                    e);
        }
    }

    /** The folder with fonts/ and styles/: FICHES_HOME, else the current folder. */
    private static Path home() {
        String env = System.getenv("FICHES_HOME");
        return env == null || env.isBlank() ? Path.of("") : Path.of(env);
    }
}
