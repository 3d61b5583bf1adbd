package fiches.problem;

import java.util.List;

/** Thrown only inside a stage to stop early; stages return problems, never throw them across. */
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
