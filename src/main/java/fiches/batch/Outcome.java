package fiches.batch;

import fiches.problem.Problem;
import fiches.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What became of one guide.
 *
 * @param file     the guide
 * @param problems its errors and warnings (bounded: see {@link Problems#leftOut})
 * @param written  the PDFs written for it, in edition order
 * @param upToDate its PDFs were up to date and left as they were
 * @param cause    what was thrown when it failed unexpectedly, for {@code --debug}
 * @param made     what the run knows of the guide it just made, when the catalogue is to be written
 */
public record Outcome(
        Path file,
        Problems problems,
        List<Path> written,
        boolean upToDate,
        Optional<Throwable> cause,
        Optional<Made> made) {
    public Outcome {
        written = List.copyOf(written);
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written, boolean upToDate, Optional<Throwable> cause) {
        this(file, Problems.of(problems), written, upToDate, cause, Optional.empty());
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written, boolean upToDate) {
        this(file, problems, written, upToDate, Optional.empty());
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written) {
        this(file, problems, written, false);
    }

    public boolean failed() {
        return problems.hasErrors();
    }

    /** The guide was not made because of Fiches itself, not because of anything in it. */
    public boolean toolFailed() {
        return problems.toolFailed();
    }
}
