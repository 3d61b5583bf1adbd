/**
 * Small helpers with no knowledge of guides: path containment, safe printing of outside text,
 * digests with one framing of their parts ({@code Digest}), the name a file's outputs take
 * ({@code Slug}), worker threads, and the commit gate of work that was given up.
 *
 * <p>May use: nothing of Fiches. Every package may use this one.
 */
package fiches.util;
