/**
 * The third stage: every rule of the guide format run on a parsed draft (steps, images, links,
 * characters the fonts cannot draw, category), each problem said with its line and its fix.
 *
 * <p>{@link GuideChecker} runs the checks of a guide, with the {@link GlyphCoverage} of the fonts
 * Fiches embeds; {@link ProfileChecks} checks a site profile's logo as a guide's pictures are;
 * {@link TranslationLinks} checks the {@code translation_of} links of a whole collection.
 *
 * <p>May use: {@code fiches.parse} (for the draft it checks), {@code fiches.product}, {@code fiches.guide},
 * {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.check;
