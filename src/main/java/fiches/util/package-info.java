/**
 * Small helpers with no knowledge of guides: path containment, safe printing of outside text,
 * SHA-256, worker threads, and the commit gate of work that was given up.
 *
 * <p>May use: nothing of Fiches. Every package may use this one.
 */
package fiches.util;
