package fiches.problem;

import java.util.List;

/**
 * Thrown only inside a stage, to stop it at the first problem that leaves nothing to read on (a
 * file that cannot be read, a front matter not closed); the stage catches it and returns the
 * problems as a {@link Problems}. It never crosses from one stage to another.
 */
public final class GuideProblems extends Exception {
    private final transient List<Problem> problems;

    public GuideProblems(List<Problem> problems) {
        super(problems.isEmpty() ? "no problem" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public GuideProblems(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
