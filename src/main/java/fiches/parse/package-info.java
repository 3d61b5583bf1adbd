/**
 * The second stage: turns a guide's text into the model, its front matter with SnakeYAML (a
 * node tree only, no object is ever constructed) and its body with flexmark. What it makes of a
 * broken guide is kept as a draft, so that the checks can still report on the rest.
 *
 * <p>{@link GuideParser} makes a {@link Draft} of a guide; {@link ProfileReader} makes a
 * {@link ProfileDraft} of a site profile with the same safe YAML.
 *
 * <p>May use: {@code fiches.source}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.parse;
