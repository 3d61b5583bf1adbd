package fiches.batch;

import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What became of one guide.
 *
 * @param file     the guide
 * @param problems its errors and warnings
 * @param written  the PDFs written for it, in edition order
 * @param skipped  its PDFs were up to date and left as they were
 */
public record Outcome(Path file, List<Problem> problems, List<Path> written, boolean skipped) {
    public Outcome {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    public Outcome(Path file, List<Problem> problems, List<Path> written) {
        this(file, problems, written, false);
    }

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
