package fiches.problem;

/**
 * The one way Fiches names, in a message its user reads, something that was thrown: its class's
 * simple name (which tells a desk agent or a maintainer the kind of failure, such as
 * {@code AccessDeniedException}), then its message when it has one. The sentence around it says
 * what failed and what to do.
 */
public final class Thrown {
    private Thrown() {}

    /** {@code AccessDeniedException: out/x.pdf}, or {@code NullPointerException} when there is no message. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
