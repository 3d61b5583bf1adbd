package fiches.cli;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.recueil.Recueil;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The report of a run in a terminal: a progress bar while the guides are made, then only what
 * needs reading (the guides with problems and the run's notices, as the text report words them)
 * and a summary in plain French. Nothing is printed while the bar is drawn, so no line is cut by it.
 */
final class ProgressReport implements Report {
    private final TextReport details;
    private final PrintWriter out;
    private final PrintStream barStream;
    private final boolean checkOnly;
    private final Path outFolder;
    private final List<Outcome> toRead = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private ProgressBar bar;
    private Recueil.Written recueil;

    /**
     * @param details   prints the guides with problems and the notices once the bar is done
     * @param barStream where the bar is drawn: the terminal
     */
    ProgressReport(TextReport details, PrintWriter out, PrintStream barStream, boolean checkOnly, Path outFolder) {
        this.details = details;
        this.out = out;
        this.barStream = barStream;
        this.checkOnly = checkOnly;
        this.outFolder = outFolder;
    }

    @Override
    public void starting(int guides) {
        bar = new ProgressBarBuilder()
                .setTaskName(checkOnly ? "Vérification" : "Fiches")
                .setInitialMax(guides)
                .setConsumer(new ConsoleProgressBarConsumer(barStream))
                .setUpdateIntervalMillis(200)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .hideEta()
                .build();
    }

    @Override
    public void guide(Outcome o) {
        if (o.failed() || !o.problems().isEmpty()) {
            toRead.add(o);
        }
        if (bar != null) {
            bar.setExtraMessage(
                    fiches.util.Printable.line(String.valueOf(o.file().getFileName())));
            bar.step();
        }
    }

    @Override
    public void notice(Notice n) {
        notices.add(n);
    }

    /** Told once the bar is done, with the guides to read. */
    @Override
    public void recueil(Recueil.Written r) {
        recueil = r;
    }

    @Override
    public void summary(List<Outcome> outcomes) {
        if (bar != null) {
            bar.setExtraMessage("");
            bar.close();
            barStream.flush();
        }
        toRead.forEach(details::guide);
        notices.forEach(details::notice);
        if (recueil != null) {
            details.recueil(recueil);
        }
        out.println();
        FrenchSummary.lines(outcomes, checkOnly, outFolder).forEach(out::println);
        out.flush();
    }
}
