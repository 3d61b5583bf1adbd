package fiches.problem;

import java.nio.file.Path;

/**
 * Something wrong with a guide, said in the author's terms: where, what, and how to fix it.
 *
 * @param file     the guide file
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when unknown
 * @param severity an error stops the guide from being rendered; a warning does not
 * @param kind     a stable identifier for tools and tests
 * @param message  what is wrong
 * @param fix      what to do about it
 */
public record Problem(Path file, int line, int column, Severity severity, Kind kind, String message, String fix) {

    /** A problem of a kind, as severe as its kind is. */
    public static Problem of(Path file, int line, Kind kind, String message, String fix) {
        return new Problem(file, line, 0, kind.severity(), kind, message, fix);
    }

    /** A problem of a kind that is an error: the call says so, the kind decides it. */
    public static Problem error(Path file, int line, Kind kind, String message, String fix) {
        return of(file, line, expect(kind, Severity.ERROR), message, fix);
    }

    /** A problem of a kind that is a warning: the call says so, the kind decides it. */
    public static Problem warning(Path file, int line, Kind kind, String message, String fix) {
        return of(file, line, expect(kind, Severity.WARNING), message, fix);
    }

    private static Kind expect(Kind kind, Severity severity) {
        if (kind.severity() != severity) {
            throw new IllegalArgumentException(kind + " is a " + kind.severity().word() + ", not a " + severity.word());
        }
        return kind;
    }

    public Problem atColumn(int col) {
        return new Problem(file, line, col, severity, kind, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The location as editors and compilers print it: {@code guides/x.md:12:5}. */
    public String location() {
        String where = file.toString();
        if (line > 0) {
            where += ":" + line;
            if (column > 0) {
                where += ":" + column;
            }
        }
        return where;
    }

    @Override
    public String toString() {
        return location() + ": " + severity.word() + ": " + message + " " + fix;
    }
}
