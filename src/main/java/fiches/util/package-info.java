/**
 * Small helpers with no knowledge of guides: path containment ({@link SafePaths}), safe printing
 * of outside text ({@link Printable}), SHA-256 ({@link Sha256}), worker threads
 * ({@link Workers}), and the commit gate of work that was given up ({@link Commit}).
 *
 * <p>May use: nothing of Fiches. Every package may use this one.
 */
package fiches.util;
