package fiches.batch;

import fiches.problem.Blame;
import fiches.problem.Kind;
import fiches.problem.Severity;

/**
 * A failure of Fiches rather than of a guide: the output folder, the disk or the program. The
 * run ends with status 3 and a plain message; the cause is for {@code --debug}.
 */
public final class ToolFailure extends RuntimeException {
    private final Kind kind;
    private final String fix;

    /** @param kind an error of Fiches' own ({@link Blame#TOOL}): a tool failure is never blamed on a guide */
    public ToolFailure(Kind kind, String message, String fix, Throwable cause) {
        super(message, cause);
        if (kind.severity() != Severity.ERROR || kind.blame() != Blame.TOOL) {
            throw new IllegalArgumentException(kind + " is not an error of Fiches' own");
        }
        this.kind = kind;
        this.fix = fix;
    }

    public Kind kind() {
        return kind;
    }

    public Notice notice() {
        return new Notice(kind, getMessage(), fix);
    }
}
