package fiches.cli;

import fiches.batch.Outcome;
import fiches.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One line per guide (done, or its errors), then how many succeeded and failed. */
final class TextReport implements Report {
    private final PrintWriter out;
    private final boolean checkOnly;

    TextReport(PrintWriter out, boolean checkOnly) {
        this.out = out;
        this.checkOnly = checkOnly;
    }

    @Override
    public void guide(Outcome o) {
        if (o.failed()) {
            out.println("FAILED " + o.file());
        } else if (o.skipped()) {
            out.println("same   " + o.file() + " (its PDFs are up to date)");
        } else if (checkOnly) {
            out.println("ok     " + o.file());
        } else {
            out.println("done   " + o.file() + " -> " + o.written().stream().map(Path::toString)
                    .collect(Collectors.joining(", ")));
        }
        for (Problem p : o.problems()) {
            out.println("       " + p.location() + ": " + p.severity().word() + ": " + p.message());
            out.println("       fix: " + p.fix());
        }
        out.flush();
    }

    @Override
    public void summary(List<Outcome> outcomes) {
        long failed = outcomes.stream().filter(Outcome::failed).count();
        long skipped = outcomes.stream().filter(Outcome::skipped).count();
        long good = outcomes.size() - failed - skipped;
        out.println();
        out.println(outcomes.size() + " guide" + (outcomes.size() == 1 ? "" : "s") + ": "
                + good + (checkOnly ? " valid, " : " rendered, ")
                + (skipped > 0 ? skipped + " up to date, " : "") + failed + " failed");
        if (outcomes.isEmpty()) {
            out.println("No .md file was found: put the guides in the folder, or name it: ./fiches FOLDER");
        }
    }
}
