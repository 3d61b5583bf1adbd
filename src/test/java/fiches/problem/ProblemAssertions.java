package fiches.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Guide;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What every test of a bad guide checks: the guide is refused, and the problem says where, what
 * and how to fix it, in the form the command line prints.
 */
public final class ProblemAssertions {
    /** The corpus of bad guides, relative to the Maven base directory. */
    public static final Path BAD = Path.of("src", "test", "resources", "bad");
    /** Unusual but valid guides. */
    public static final Path GOOD = Path.of("src", "test", "resources", "good");

    private ProblemAssertions() {}

    public static Loaded load(Path file) {
        return fiches.TestFiles.loader().load(file);
    }

    public static Loaded loadBad(String name) {
        return load(BAD.resolve(name));
    }

    /**
     * Hostile input must not hang the load. Its cost is bounded by {@link #MEMORY_BOUND}, a count
     * that does not depend on how busy the machine is; this bound only stops a load that never
     * ends, and is long enough for a machine that runs other builds at the same time.
     */
    public static final Duration TIME_BOUND = Duration.ofSeconds(60);

    public static final long MEMORY_BOUND = 64L * 1024 * 1024;

    /**
     * Loads a guide within {@link #TIME_BOUND}, and asserts that the loading thread allocated no
     * more than {@link #MEMORY_BOUND} in all: a count of allocations, not a reading of the heap,
     * so garbage collection cannot hide a blow-up.
     */
    public static Loaded loadBounded(Path file) {
        return assertTimeoutPreemptively(TIME_BOUND, () -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            fiches.TestFiles.coverage(); // read once per run, not per guide
            long before = threads.getCurrentThreadAllocatedBytes();
            Loaded loaded = load(file);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated <= MEMORY_BOUND, "loading " + file + " allocated " + allocated / 1024 + " KB");
            return loaded;
        });
    }

    /**
     * Asserts that the guide is refused with an error of this kind on this line (0: the whole file),
     * with a message and a fix, and that its printed form names the file and the line.
     */
    public static Problem assertError(Loaded loaded, Kind kind, int line) {
        assertTrue(loaded.hasErrors(), () -> "expected an error, got " + describe(loaded));
        assertTrue(loaded.guide().isEmpty(), "a guide with an error must not be handed to the renderer");
        List<Problem> ofKind =
                loaded.problems().stream().filter(p -> p.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            fail("expected " + kind + ", got " + describe(loaded));
        }
        Problem p = ofKind.stream()
                .filter(q -> q.line() == line)
                .findFirst()
                .orElseGet(() -> fail("expected " + kind + " on line " + line + ", got " + describe(loaded)));
        assertTrue(p.isError(), () -> p + " should be an error");
        assertEquals(loaded.file(), p.file());
        assertFalse(p.message().isBlank(), "the message says what is wrong");
        assertFalse(p.fix().isBlank(), "the fix says what to do");
        // "x.md:12:" or "x.md:12:5:" — the colon keeps line 1 from matching line 12
        String where = loaded.file().getFileName() + (line > 0 ? ":" + line : "") + ":";
        assertTrue(p.toString().contains(where), () -> "'" + p + "' should contain '" + where + "'");
        return p;
    }

    /**
     * Asserts {@link #assertError}, that this kind is the only kind of error, and that the
     * message names each of {@code mentions}.
     */
    public static Problem assertOnlyError(Loaded loaded, Kind kind, int line, String... mentions) {
        Problem p = assertError(loaded, kind, line);
        for (String mention : mentions) {
            assertTrue(p.message().contains(mention), p::toString);
        }
        assertErrorKinds(loaded, kind);
        return p;
    }

    /** Asserts that the errors are of these kinds and no other (warnings are not counted). */
    public static void assertErrorKinds(Loaded loaded, Kind... kinds) {
        Set<Kind> expected = new TreeSet<>(Arrays.asList(kinds));
        Set<Kind> actual = loaded.problems().stream()
                .filter(Problem::isError)
                .map(Problem::kind)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, () -> describe(loaded));
    }

    /** Asserts that the guide loads without any error and returns it. */
    public static Guide assertLoads(Loaded loaded) {
        assertFalse(loaded.hasErrors(), () -> "expected no error, got " + describe(loaded));
        assertTrue(loaded.guide().isPresent(), () -> "expected a guide for " + loaded.file());
        return loaded.guide().get();
    }

    public static String describe(Loaded loaded) {
        return loaded.problems().isEmpty()
                ? "no problem"
                : loaded.problems().stream()
                        .map(p -> p.kind() + " " + p)
                        .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
