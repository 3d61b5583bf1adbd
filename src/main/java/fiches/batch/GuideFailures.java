package fiches.batch;

import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Thrown;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What to tell of a guide whose making ended in something thrown rather than in its problems. */
final class GuideFailures {
    private GuideFailures() {}

    /**
     * @param kept what is left of the guide's older PDFs, in a sentence
     */
    static Outcome of(Path file, Throwable thrown, String kept) {
        Problem p;
        if (thrown instanceof StackOverflowError) {
            p = Problem.error(
                    file,
                    0,
                    Kind.GUIDE_TOO_COMPLEX,
                    "The guide is nested too deeply to be made: quotes, "
                            + "lists or emphasis inside one another go deeper than Fiches can follow.",
                    "Nest quotes and lists a few levels deep at most (a long run of * or _ counts as nesting too). "
                            + kept);
        } else if (thrown instanceof OutOfMemoryError) {
            p = Problem.error(
                    file,
                    0,
                    Kind.GUIDE_TOO_COMPLEX,
                    "The guide needs more memory than Fiches has ("
                            + Runtime.getRuntime().maxMemory() / (1 << 20)
                            + " MB): most often an image with very many pixels.",
                    "Make its images smaller (a screenshot is rarely over 2000 × 2000 pixels), or split the guide. "
                            + kept);
        } else {
            p = Problem.error(
                    file,
                    0,
                    Kind.INTERNAL_ERROR,
                    "Fiches failed on this guide (" + Thrown.describe(thrown)
                            + "). This is a fault in Fiches, "
                            + "not in the guide.",
                    kept + " Please report it with the guide attached (run with --debug to see "
                            + "the details); the other guides were made.");
        }
        return new Outcome(file, List.of(p), List.of(), false, Optional.of(thrown));
    }

    static Outcome timedOut(Path file, Duration budget, String kept) {
        return new Outcome(
                file,
                List.of(Problem.error(
                        file,
                        0,
                        Kind.TIME_LIMIT,
                        "The guide took more than " + budget.toSeconds()
                                + " s to make, so it was given up (a guide may take " + budget.toSeconds() + " s).",
                        "Look for what makes it long: a very long word or line without spaces, or very large images; shorten "
                                + "or split it. " + kept)),
                List.of());
    }
}
