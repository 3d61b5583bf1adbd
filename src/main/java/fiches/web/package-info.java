/**
 * The fifth stage's sibling: writes a laid-out guide as one self-contained HTML page to read on a
 * phone, the web edition. It reads the same XHTML document the PDFs are rendered from, so paper
 * and screen say the same words, and turns what is drawn on paper into what works on a screen:
 * each step's box becomes a real checkbox named by the step, each room to write a text field,
 * each picture an embedded {@code data:} image, each link live when its scheme may be followed.
 *
 * <p>{@link WebPage} writes the page, with its stylesheet and its script from this package's
 * resources and a Content-Security-Policy that allows nothing from outside. {@code FromLayout}
 * copies the layout's DOM into jsoup, which escapes every text and attribute it writes.
 *
 * <p>May use: {@code fiches.layout}, {@code fiches.product}, {@code fiches.guide}.
 */
package fiches.web;
