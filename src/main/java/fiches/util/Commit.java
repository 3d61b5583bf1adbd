package fiches.util;

/**
 * Asked by a piece of work before it changes anything that lasts (a file, a record): once the
 * work has been given up for taking too long, it must leave everything as it was, so that what
 * the report said of it stays true.
 */
@FunctionalInterface
public interface Commit {
    /** Work that nobody gives up. */
    Commit ALWAYS = () -> true;

    /** True when the work may go on and make its changes; from then on it is not given up. */
    boolean begin();
}
