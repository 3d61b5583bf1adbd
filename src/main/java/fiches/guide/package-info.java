/**
 * The document model: an immutable guide, as read from its Markdown source and front matter.
 * Every stage after parsing works on these records only, and what those stages share about the
 * model (its inline text, plain text) lives here.
 *
 * <p>May use: {@code fiches.problem}, {@code fiches.util}. Every package may use this one.
 */
package fiches.guide;
