/**
 * Small helpers with no knowledge of guides: path containment ({@link SafePaths}), safe printing
 * of outside text ({@link Printable}), digests with one framing of their parts ({@link Digest}),
 * the name a file's outputs take ({@link Slug}), worker threads ({@link Workers}), and the commit
 * gate of work that was given up ({@link Commit}).
 *
 * <p>May use: nothing of Fiches. Every package may use this one.
 */
package fiches.util;
