/**
 * The catalogue page {@code out/index.html}: after a run has made its guides, one self-contained
 * HTML page lists them by theme, with a picture of each handout's first page, a search box, and
 * links to print the large-print handout or send the accessible edition. It is read from the
 * run's outcomes and the PDFs in the output folder, and written like a PDF: whole or not at all.
 * Each entry is marked with its guide's language and direction, links to the guide's translations
 * (« Aussi en : English »), and can be chosen by language.
 *
 * <p>{@link Catalogue} writes the page; each guide is an {@link Entry} linking its {@link PdfFile}s,
 * and {@link Shelves} orders the entries by theme and title, for the page and the recueil alike.
 *
 * <p>May use: {@code fiches.batch}, {@code fiches.ledger}, {@code fiches.pdf}, {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source}, {@code fiches.product}, {@code fiches.guide},
 * {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.catalogue;
