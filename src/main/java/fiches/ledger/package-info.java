/**
 * The records of what was made, side by side: the guides' {@code Manifest}
 * ({@code OUT/.fiches-manifest}), the catalogue's {@code PageRecord} (a {@code <meta>} in
 * {@code index.html}) and the recueil's {@code BookRecord} ({@code OUT/.fiches-recueil}). Each
 * keeps an {@code Identity}: the digest, framed one way for all three, of the record's name, the
 * {@code Build} fingerprint of the running program and the digest of the output's inputs, which
 * each stage takes (a guide's text, images, styles and options; the page's and the book's guides
 * and PDFs). So an output is made again when its inputs change, and once after any change to
 * Fiches itself; a run with neither makes nothing.
 *
 * <p>May use: fiches.util.
 */
package fiches.ledger;
