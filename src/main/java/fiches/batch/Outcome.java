package fiches.batch;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What became of one guide.
 *
 * @param file     the guide
 * @param problems its errors and warnings
 * @param written  the PDFs written for it, in edition order
 * @param upToDate its PDFs were up to date and left as they were
 * @param cause    what was thrown when it failed unexpectedly, for {@code --debug}
 * @param made     what the run knows of the guide it just made, when the catalogue is to be written
 */
public record Outcome(
        Path file,
        List<Problem> problems,
        List<Path> written,
        boolean upToDate,
        Optional<Throwable> cause,
        Optional<Made> made) {
    /** Failures of Fiches (the output folder, the disk, the program), not of the guide. */
    private static final Set<Kind> TOOL_FAILURES = Set.of(Kind.OUTPUT_FAILED, Kind.INTERNAL_ERROR);

    public Outcome {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written, boolean upToDate, Optional<Throwable> cause) {
        this(file, problems, written, upToDate, cause, Optional.empty());
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written, boolean upToDate) {
        this(file, problems, written, upToDate, Optional.empty());
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written) {
        this(file, problems, written, false);
    }

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The guide was not made because of Fiches itself, not because of anything in it. */
    public boolean toolFailed() {
        return problems.stream().anyMatch(p -> p.isError() && TOOL_FAILURES.contains(p.kind()));
    }
}
