/**
 * The fourth stage: lays a checked guide out as an XHTML document for one edition, with the line
 * breaking, paper, footers, tables, QR codes and notes the PDFs need, in the words and rules of the
 * guide's language that {@code fiches.product} gives. It reads the model
 * only, never the source or the checks.
 *
 * <p>May use: {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.layout;
