/**
 * The first stage: {@link SourceReader} reads a guide file's bytes from its own folder only,
 * bounded in size, and decodes them as strict UTF-8 with line endings made {@code \n}, into a
 * {@link GuideSource}.
 *
 * <p>May use: {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.source;
