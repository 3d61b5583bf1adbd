package fiches.batch;

import fiches.problem.Blame;
import fiches.problem.Kind;
import fiches.problem.Severity;

/**
 * Something a run tells its user that belongs to no single guide: an entry of the guides
 * folder that is not read, a record of the output folder that is rebuilt, or a failure of
 * Fiches itself (the output folder, the disk, the program). Its kind is of the same vocabulary
 * as a guide's problems: its severity says whether the run failed, its blame whose it is.
 *
 * @param kind    what happened; an error is always Fiches' own ({@link Blame#TOOL}): the run ends with status 3
 * @param message what happened, naming the file or folder
 * @param fix     what to do about it
 */
public record Notice(Kind kind, String message, String fix) {
    public Notice {
        if (kind.severity() == Severity.ERROR && kind.blame() != Blame.TOOL) {
            throw new IllegalArgumentException(kind + " is not Fiches' own: a run is never failed by it");
        }
    }

    /** The run itself failed (exit status 3); else it is a warning. */
    public boolean error() {
        return kind.severity() == Severity.ERROR;
    }
}
