package fiches.problem;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The problems of one guide (or one file of the set-up), as the value stages hand on instead of
 * throwing them. It is a list of the problems in the order they were found, and it says whether
 * any is an error ({@link #hasErrors}) and whether any error is Fiches' own ({@link #toolFailed}).
 *
 * <p>It is bounded: a guide with a million problems keeps the first {@link #KEPT} and counts the
 * others ({@link #leftOut}), so that its outcome and its report stay small; whether it has errors,
 * and whose, is still decided over all of them.
 */
public final class Problems extends AbstractList<Problem> implements RandomAccess {
    /** How many problems a guide's outcome lists: more than anyone fixes before running again. */
    public static final int KEPT = 200;

    public static final Problems NONE = new Problems(List.of(), 0, false, false);

    private final List<Problem> kept;
    private final int leftOut;
    private final boolean errors;
    private final boolean toolFailed;

    private Problems(List<Problem> kept, int leftOut, boolean errors, boolean toolFailed) {
        this.kept = List.copyOf(kept);
        this.leftOut = leftOut;
        this.errors = errors;
        this.toolFailed = toolFailed;
    }

    /** These problems, bounded; a {@code Problems} is returned as it is. */
    public static Problems of(Collection<? extends Problem> problems) {
        if (problems instanceof Problems p) {
            return p;
        }
        return builder().addAll(problems).build();
    }

    public static Problems of(Problem... problems) {
        return of(List.of(problems));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These problems, then more, still bounded as one. */
    public Problems plus(Collection<? extends Problem> more) {
        return builder().addAll(this).addAll(more).build();
    }

    /** Some problem, listed or left out, is an error: the guide is not made. */
    public boolean hasErrors() {
        return errors;
    }

    /** Some error, listed or left out, is Fiches' own ({@link Blame#TOOL}), not the guide's. */
    public boolean toolFailed() {
        return toolFailed;
    }

    /** How many problems were found beyond the {@link #KEPT} listed. */
    public int leftOut() {
        return leftOut;
    }

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** Gathers problems as a stage finds them, keeping no more than {@link #KEPT}. */
    public static final class Builder {
        private final List<Problem> kept = new ArrayList<>();
        private int leftOut;
        private boolean errors;
        private boolean toolFailed;

        private Builder() {}

        public Builder add(Problem p) {
            if (p.isError()) {
                errors = true;
                toolFailed |= p.kind().blame() == Blame.TOOL;
            }
            if (kept.size() < KEPT) {
                kept.add(p);
            } else {
                leftOut++;
            }
            return this;
        }

        /** Adds these problems; those another {@code Problems} left out are counted, and weigh, as left out here. */
        public Builder addAll(Collection<? extends Problem> problems) {
            problems.forEach(this::add);
            if (problems instanceof Problems p) {
                leftOut += p.leftOut;
                errors |= p.errors;
                toolFailed |= p.toolFailed;
            }
            return this;
        }

        public Problems build() {
            return new Problems(kept, leftOut, errors, toolFailed);
        }
    }
}
