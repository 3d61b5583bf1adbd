/**
 * The fourth stage: lays a checked guide out as an XHTML document for one edition, with the line
 * breaking, paper, footers, tables, QR codes and notes the PDFs need, in the words and rules of the
 * guide's language that {@code fiches.product} gives. It reads the model
 * only, never the source or the checks.
 *
 * <p>{@link GuideLayout} lays out a guide for an edition at a print size, on its {@link Paper}, in
 * the words and spacing of its language, with {@link LineBreaker}'s breaks; the side its lines start on
 * ({@code fiches.product.TextDirection}) places the tick box, the QR codes and the reminders.
 * {@link ShortList}, {@link NotesSection} and {@link QrCode} are the parts it lays out for lists
 * kept on a page, the room to write and the codes beside addresses. {@link BookLayout} lays out
 * the recueil's own pages: its cover and contents.
 *
 * <p>May use: {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.layout;
