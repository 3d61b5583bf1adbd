package fiches.cli;

import java.io.Console;

/** Whether a person reads the run's output in a terminal, rather than a log, a pipe or a test. */
final class Terminal {
    private Terminal() {}

    /**
     * From Java 22 a console is there even when the output is redirected, and only
     * {@code Console.isTerminal()} (which Java 17 lacks) tells the two apart.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
