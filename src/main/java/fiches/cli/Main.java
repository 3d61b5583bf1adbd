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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line {@code fiches}: its options in groups (output, what to make, reporting, speed), as {@code --help} lists them. */
@Command(
        name = "fiches",
        mixinStandardHelpOptions = true,
        versionProvider = Main.FichesVersion.class,
        sortOptions = false,
        // picocli's own synopsis brackets each group of options twice; this one reads as the help does
        customSynopsis = {
            "fiches [GUIDES_DIR] [--out=DIR] [--size=N] [--paper=P] [--edition=E] [--force] [--check]",
            "              [--no-catalogue] [--recueil] [--report=FORMAT] [--open] [--debug]",
            "       fiches [GUIDES_DIR] --bench=COPIES [--out=DIR] [--size=N] [--edition=E]",
            "       fiches --help | --version"
        },
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
        json;

        /**
         * The format a command line asks for, read from its words as they are: when picocli
         * refuses the line, what it had parsed of it is not to be trusted.
         */
        static ReportFormat askedIn(String... args) {
            ReportFormat asked = text;
            for (int i = 0; i < args.length; i++) {
                String value = args[i].equals("--report") && i + 1 < args.length
                        ? args[i + 1]
                        : args[i].startsWith("--report=") ? args[i].substring("--report=".length()) : null;
                if (value != null) {
                    asked = value.equalsIgnoreCase(json.name()) ? json : text;
                }
            }
            return asked;
        }
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "GUIDES_DIR",
            description = "Folder of guides (default: guides).")
    private Path guides = Path.of("guides");

    /** Where the PDFs go. */
    static final class Output {
        @Option(names = "--out", paramLabel = "DIR", description = "Where the PDFs go (default: out).")
        Path out = Path.of("out");
    }

    /** What the run makes of the guides. */
    static final class Making {
        @Option(
                names = "--size",
                paramLabel = "N",
                completionCandidates = SizeChoices.class,
                description =
                        "Print size, as large-print guidelines count it (letters as tall as Arial's at that size): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        int size = PrintSize.DEFAULT_PRESET;

        @Option(
                names = "--paper",
                paramLabel = "P",
                description = "a4 or letter: print every guide and the recueil on this paper (default: each guide on "
                        + "its countries' paper, Letter for US, CA, MX and the others that use it, else A4).")
        Paper paper;

        @Option(
                names = "--edition",
                paramLabel = "E",
                split = ",",
                description = "handout, accessible, web or all, or a list of them: handout,web (default: all).")
        List<Editions> edition = List.of(Editions.all);

        @Option(names = "--force", description = "Render every guide, even those whose PDFs are up to date.")
        boolean force;

        @Option(names = "--check", description = "Only check the guides; write no PDF.")
        boolean checkOnly;

        @Option(names = "--no-catalogue", description = "Do not write the catalogue page index.html beside the PDFs.")
        boolean noCatalogue;

        @Option(
                names = "--recueil",
                description = "Also bind every guide made into one book for a binder: "
                        + "recueil-grands-caracteres.pdf (and recueil-accessible.pdf) beside the PDFs.")
        boolean recueil;
    }

    /** How the run tells what it did. */
    static final class Reporting {
        @Option(names = "--report", paramLabel = "FORMAT", description = "text or json (default: text).")
        ReportFormat report = ReportFormat.text;

        @Option(
                names = "--open",
                description =
                        "When done, open the catalogue page (or the output folder) on the desktop, "
                                + "if there is one. The release's launchers ask it when started without arguments, by a double-click.")
        boolean open;

        @Option(names = "--debug", description = "Also print the Java stack trace of an unexpected failure.")
        boolean debug;
    }

    /** Speed figures instead of a run. */
    static final class Measuring {
        @Option(
                names = "--bench",
                paramLabel = "COPIES",
                description = "Measure speed: render every guide COPIES times (with --size and --edition, in a scratch "
                        + "folder inside --out) and print figures.")
        Integer copies;
    }

    @ArgGroup(exclusive = false, heading = "%nOutput:%n", order = 1)
    private Output output = new Output();

    @ArgGroup(exclusive = false, heading = "%nWhat to make:%n", order = 2)
    private Making making = new Making();

    @ArgGroup(exclusive = false, heading = "%nReporting:%n", order = 3)
    private Reporting reporting = new Reporting();

    @ArgGroup(exclusive = false, heading = "%nMeasuring speed:%n", order = 4)
    private Measuring measuring = new Measuring();

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
        CommandLine cli = commandLine(new Main());
        // UTF-8 whatever the locale: file names and messages keep their accents
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    /**
     * The command line of a run, as {@link #run} and the tests use it: enum values in any case, and
     * a usage error told as a JSON document when {@code --report json} was asked, so that a program
     * reading the report always gets one.
     */
    static CommandLine commandLine(Main main) {
        CommandLine cli = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler plain = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args) -> {
            if (ReportFormat.askedIn(args) != ReportFormat.json) {
                return plain.handleParseException(e, args);
            }
            CommandLine failed = e.getCommandLine();
            JsonReport.usageError(failed.getOut(), e.getMessage(), "Run fiches --help to see the options.");
            failed.getErr().println(e.getMessage());
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        checkCommandLine();
        if (measuring.copies != null) {
            return bench(stdout);
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
                    "Fiches failed (" + Thrown.describe(e) + "): this is a fault in Fiches, not in a guide.",
                    "Please report it (run with --debug to see the details)."));
            debug(stderr, "Fiches failed", e);
        }
        printer.summary(outcomes);
        stdout.flush();
        if (reporting.open && !failed && !making.checkOnly && outcomes.stream().anyMatch(o -> !o.failed())) {
            DesktopOpener.openResult(output.out, !making.noCatalogue, stderr);
        }
        return exitStatus(failed, profileFailed, outcomes);
    }

    /** As the README's table says: Fiches' own failure 3, a guide's or the site profile's error 1, else 0. */
    private static int exitStatus(boolean failed, boolean profileFailed, List<Outcome> outcomes) {
        if (failed || outcomes.stream().anyMatch(Outcome::toolFailed)) {
            return 3;
        }
        return profileFailed || outcomes.stream().anyMatch(Outcome::failed) ? 1 : 0;
    }

    /** {@code --bench}: speed figures, in a scratch folder inside the output folder. */
    private int bench(PrintWriter stdout) throws Exception {
        GuideFolder folder = GuideFolder.scan(guides);
        Options options = Options.builder(output.out)
                .size(making.size)
                .editions(editions())
                .force(true)
                .paper(Optional.ofNullable(making.paper))
                .build();
        new Benchmark(resources(), Runtime.getRuntime().availableProcessors())
                .run(folder.guides(), measuring.copies, options, stdout);
        return 0;
    }

    /**
     * JSON when asked; in a terminal a progress bar and a summary in French; else (a log, a pipe,
     * a test) one line per guide and a summary, which scripts read.
     */
    private Report printer(PrintWriter stdout, PrintWriter stderr) {
        if (reporting.report == ReportFormat.json) {
            return new JsonReport(stdout);
        }
        TextReport text = new TextReport(stdout, stderr, making.checkOnly);
        return Terminal.interactive()
                ? new ProgressReport(text, stdout, System.err, making.checkOnly, output.out)
                : text;
    }

    /**
     * Reads the guides and, unless only checking, makes their PDFs in the output folder, held for
     * this run, then the catalogue page and the recueil of the guides made. The site profile's
     * problems are told first; the guides are made without its faulty part.
     *
     * @return whether the site profile has errors
     */
    private boolean make(Report printer, Consumer<Outcome> each) throws IOException {
        List<Path> files = guideFiles(printer);
        SiteProfiles.Loaded profile = siteProfile(printer);
        printer.starting(files.size());
        if (making.checkOnly) {
            Batch.checking(Batch.coverage(resources()), limits, around).run(files, each, printer::notice);
            new TranslationCheck().notices(files).forEach(printer::notice);
            return profile.hasErrors();
        }
        try (OutputFolder held = OutputFolder.hold(output.out)) {
            held.notices().forEach(printer::notice);
            Options options = options(profile);
            Resources resources = resources();
            List<Outcome> outcomes =
                    Batch.rendering(resources, options, limits, around).run(files, each, printer::notice);
            new TranslationCheck().notices(files).forEach(printer::notice);
            afterTheGuides(resources, options, outcomes, printer);
        }
        return profile.hasErrors();
    }

    /** The guides of the folder; the entries that look like guides but are not read are told. */
    private List<Path> guideFiles(Report printer) {
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
        return folder.guides();
    }

    /** The site profile of the guides' folder, its problems told before the guides. */
    private SiteProfiles.Loaded siteProfile(Report printer) {
        SiteProfiles.Loaded profile = SiteProfiles.load(guides);
        profile.problems().stream().map(SiteProfiles::notice).forEach(printer::notice);
        return profile;
    }

    /** What the command line asks of the guides' making. */
    private Options options(SiteProfiles.Loaded profile) {
        return Options.builder(output.out)
                .size(making.size)
                .editions(editions())
                .force(making.force)
                .catalogue(!making.noCatalogue)
                .recueil(making.recueil)
                .profile(profile.profile())
                .paper(Optional.ofNullable(making.paper))
                .build();
    }

    /**
     * The catalogue and the recueil of the guides made. The catalogue is written while the recueil
     * is bound: neither needs the other, and the catalogue's one thread would otherwise leave a core
     * idle. A recueil that fails still lets the catalogue be written, then its failure is told.
     */
    private void afterTheGuides(Resources resources, Options options, List<Outcome> outcomes, Report printer)
            throws IOException {
        Optional<FutureTask<Void>> catalogue = making.noCatalogue ? Optional.empty() : Optional.of(catalogue(outcomes));
        ToolFailure bookFailed = null;
        if (making.recueil) {
            try {
                printer.recueil(new Recueil(resources, options).write(outcomes));
            } catch (ToolFailure e) {
                bookFailed = e;
            }
        }
        if (catalogue.isPresent()) {
            awaitCatalogue(catalogue.get());
        }
        if (bookFailed != null) {
            throw bookFailed;
        }
    }

    /** The catalogue page, being written on a thread of its own. */
    private FutureTask<Void> catalogue(List<Outcome> outcomes) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            new Catalogue(output.out, editions()).write(outcomes);
            return null;
        });
        new Thread(task, "fiches-catalogue").start();
        return task;
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
        if (!PrintSize.PRESETS.contains(making.size)) {
            throw usage("--size must be " + PrintSize.presetsInWords() + ", not " + making.size);
        }
        if (!Files.isDirectory(guides)) {
            throw usage("no folder of guides at " + guides + " (give the folder that holds the .md files)");
        }
        if (measuring.copies != null) {
            if (measuring.copies < 1) {
                throw usage("--bench must be 1 or more (how many times to render each guide), not " + measuring.copies);
            }
            if (making.checkOnly || reporting.report != ReportFormat.text) {
                throw usage(
                        "--bench measures rendering and prints figures: it cannot be used with --check or --report");
            }
        }
        if (!making.checkOnly) {
            OutputFolder.unusable(output.out).ifPresent(why -> {
                throw usage(why);
            });
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void debug(PrintWriter stderr, String what, Throwable t) {
        if (reporting.debug && t != null) {
            stderr.println("debug: " + what + ":");
            t.printStackTrace(stderr);
            stderr.flush();
        }
    }

    private Set<Edition> editions() {
        Set<Edition> editions = EnumSet.noneOf(Edition.class);
        for (Editions e : making.edition) {
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
