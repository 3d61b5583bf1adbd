/**
 * The fourth stage: lays a checked guide out as an XHTML document for one edition, with the
 * typography, line breaking, print sizes, paper and printed words the PDFs need. It reads the model
 * only, never the source or the checks.
 *
 * <p>May use: {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.layout;
