/**
 * The fourth stage: lays a checked guide out as an XHTML document for one edition, with the
 * typography, line breaking, print sizes and printed words the PDFs need. It reads the model
 * only, never the source or the checks.
 *
 * <p>{@link GuideLayout} lays out a guide for an {@link Edition} at a {@link PrintSize}, in the
 * words of its language ({@link Labels}), with {@link Typography}'s spacing and
 * {@link LineBreaker}'s breaks; {@link TextWidths} measures text before the renderer runs.
 * {@link ShortList}, {@link NotesSection} and {@link QrCode} are the parts it lays out for lists
 * kept on a page, the room to write and the codes beside addresses. {@link BookLayout} lays out
 * the recueil's own pages: its cover and contents.
 *
 * <p>May use: {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.layout;
