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
 */
public record Outcome(Path file, List<Problem> problems, List<Path> written) {
    public Outcome {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
