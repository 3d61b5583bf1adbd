package fiches.batch;

import java.time.Duration;

/**
 * What one guide may take of a run, so that no guide can stop the others.
 *
 * @param perGuide   the time a guide may take, from reading to its PDFs written
 * @param stackBytes the stack of the thread that makes a guide, for deeply nested text
 */
public record RunLimits(Duration perGuide, long stackBytes) {
    /** 120 s: the slowest real guide takes under 2 s; a hundred times that is a runaway. */
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(120), 64L << 20);
}
