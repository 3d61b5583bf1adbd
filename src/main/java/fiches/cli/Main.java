package fiches.cli;

import fiches.batch.Batch;
import fiches.batch.Benchmark;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.batch.Version;
import fiches.layout.Edition;
import fiches.pdf.Resources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fiches [GUIDES_DIR] [--out DIR] [--size N] [--edition E] [--check] [--report json]}. */
@Command(name = "fiches", mixinStandardHelpOptions = true, versionProvider = Main.FichesVersion.class,
        sortOptions = false,
        description = {
            "Turns the step-by-step guides of GUIDES_DIR into a large-print handout to print",
            "(<slug>-grands-caracteres.pdf) and an accessible PDF to mail (<slug>-accessible.pdf)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every guide succeeded", "1:some guide failed (the others were written)",
            "2:the command line is wrong"})
public final class Main implements Callable<Integer> {

    enum Editions { handout, accessible, all }

    enum ReportFormat { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "GUIDES_DIR", description = "Folder of guides (default: guides).")
    private Path guides = Path.of("guides");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the PDFs go (default: out).")
    private Path out = Path.of("out");

    @Option(names = "--size", paramLabel = "N", description = "Body text size in points: 18, 20 or 24 (default: 18).")
    private int size = 18;

    @Option(names = "--edition", paramLabel = "E", description = "handout, accessible or all (default: all).")
    private Editions edition = Editions.all;

    @Option(names = "--force", description = "Render every guide, even those whose PDFs are up to date.")
    private boolean force;

    @Option(names = "--check", description = "Only check the guides; write no PDF.")
    private boolean checkOnly;

    @Option(names = "--report", paramLabel = "FORMAT", description = "text or json (default: text).")
    private ReportFormat report = ReportFormat.text;

    @Option(names = "--bench", paramLabel = "COPIES",
            description = "Measure speed: render every guide COPIES times (both editions) and print figures.")
    private Integer benchCopies;

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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Options.SIZES.contains(size)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--size must be 18, 20 or 24, not " + size);
        }
        if (!Files.isDirectory(guides)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no folder of guides at " + guides
                    + " (give the folder that holds the .md files)");
        }
        List<Path> files = Batch.guidesIn(guides);
        if (benchCopies != null) {
            new Benchmark(Resources.load(home()), Runtime.getRuntime().availableProcessors())
                    .run(files, benchCopies, stdout);
            return 0;
        }
        Batch batch = checkOnly ? Batch.checking()
                : Batch.rendering(Resources.load(home()), new Options(out, size, editions(), force));
        Report printer = report == ReportFormat.json ? new JsonReport(stdout) : new TextReport(stdout, checkOnly);
        List<Outcome> outcomes = batch.run(files, printer::guide);
        printer.summary(outcomes);
        stdout.flush();
        return outcomes.stream().anyMatch(Outcome::failed) ? 1 : 0;
    }

    private Set<Edition> editions() {
        return switch (edition) {
            case handout -> EnumSet.of(Edition.HANDOUT);
            case accessible -> EnumSet.of(Edition.ACCESSIBLE);
            case all -> EnumSet.allOf(Edition.class);
        };
    }

    /** The folder with fonts/ and styles/: FICHES_HOME, else the current folder. */
    private static Path home() {
        String env = System.getenv("FICHES_HOME");
        return env == null || env.isBlank() ? Path.of("") : Path.of(env);
    }
}
