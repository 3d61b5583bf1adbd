package fiches.cli;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.problem.Problem;
import fiches.recueil.Recueil;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per guide (done, or its errors), then how many succeeded and failed. Whatever comes
 * from outside (file names, guide text quoted in a message) is printed with its control
 * characters escaped, so that no file name can forge a line of the report.
 */
final class TextReport implements Report {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean checkOnly;
    private boolean toolFailed;

    TextReport(PrintWriter out, PrintWriter err, boolean checkOnly) {
        this.out = out;
        this.err = err;
        this.checkOnly = checkOnly;
    }

    @Override
    public void guide(Outcome o) {
        String file = Shown.path(o.file());
        if (o.failed()) {
            out.println("FAILED " + file);
        } else if (o.upToDate()) {
            out.println("same   " + file + " (its PDFs are up to date)");
        } else if (checkOnly) {
            out.println("ok     " + file);
        } else {
            out.println("done   " + file + " -> "
                    + o.written().stream().map(Shown::path).collect(Collectors.joining(", ")));
        }
        for (Problem p : o.problems()) {
            out.println(
                    "       " + Shown.line(p.location()) + ": " + p.severity().word() + ": " + Shown.line(p.message()));
            out.println("       fix: " + Shown.line(p.fix()));
        }
        int more = o.problems().leftOut();
        if (more > 0) {
            out.println("       and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " not listed: fix these first, then run again to see the rest.");
        }
        out.flush();
    }

    @Override
    public void notice(Notice n) {
        toolFailed |= n.error();
        PrintWriter to = n.error() ? err : out;
        to.println((n.error() ? "error: " : "warning: ") + Shown.line(n.message()));
        to.println("       fix: " + Shown.line(n.fix()));
        to.flush();
    }

    /** « recueil out/recueil-grands-caracteres.pdf (8 guides) », and the guides left out. */
    @Override
    public void recueil(Recueil.Written r) {
        if (r.files().isEmpty()) {
            out.println("book   none: no guide was made to bind");
            out.flush();
            return;
        }
        out.println((r.upToDate() ? "same   " : "book   ")
                + r.files().stream().map(Shown::path).collect(Collectors.joining(", ")) + " (" + r.guides() + " guide"
                + (r.guides() == 1 ? "" : "s")
                + (r.upToDate() ? ", up to date" : "")
                + (r.leftOut().isEmpty()
                        ? ""
                        : "; left out as they failed: "
                                + r.leftOut().stream().map(Shown::path).collect(Collectors.joining(", ")))
                + ")");
        out.flush();
    }

    @Override
    public void summary(List<Outcome> outcomes) {
        long failed = outcomes.stream().filter(Outcome::failed).count();
        long upToDate = outcomes.stream().filter(Outcome::upToDate).count();
        long good = outcomes.size() - failed - upToDate;
        out.println();
        out.println(outcomes.size() + " guide" + (outcomes.size() == 1 ? "" : "s") + ": "
                + good + (checkOnly ? " valid, " : " rendered, ")
                + (upToDate > 0 ? upToDate + " up to date, " : "") + failed + " failed");
        if (outcomes.isEmpty() && !toolFailed) {
            out.println("No .md file was found: put the guides in the folder, or name it: ./fiches FOLDER");
        }
        out.flush();
    }

    /** Text from outside, on one line. */
    private static final class Shown {
        static String path(Path p) {
            return line(p.toString());
        }

        static String line(String s) {
            return fiches.util.Printable.line(s);
        }
    }
}
