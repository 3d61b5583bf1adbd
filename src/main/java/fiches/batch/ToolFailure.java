package fiches.batch;

/**
 * A failure of Fiches rather than of a guide: the output folder, the disk or the program. The
 * run ends with status 3 and a plain message; the cause is for {@code --debug}.
 */
public final class ToolFailure extends RuntimeException {
    private final String fix;

    public ToolFailure(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    public Notice notice() {
        return Notice.error(getMessage(), fix);
    }
}
