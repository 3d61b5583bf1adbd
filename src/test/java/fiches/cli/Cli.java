package fiches.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/** Runs the command line as a user would, capturing what it prints instead of using System.out. */
public final class Cli {
    private Cli() {}

    /** What one run did: its exit status and everything it printed. */
    public record Run(int status, String out, String err) {
        /** Both streams, for assertion messages. */
        public String all() {
            return "exit " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Runs {@code fiches args...}; arguments that are paths are given as their string form. */
    public static Run run(Object... args) {
        return runWith(new Main(), args);
    }

    /** Runs a command line made for a test (other limits, a guide made to fail). */
    static Run runWith(Main main, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(main);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(Arrays.stream(args)
                .map(a -> a instanceof Path p ? p.toString() : a.toString())
                .toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }
}
