/**
 * The command line: {@link Main} reads the options with picocli, runs the batch, the catalogue
 * and the recueil, and reports each guide's outcome as text or JSON with the run's exit status.
 *
 * <p>May use: {@code fiches.recueil}, {@code fiches.catalogue}, {@code fiches.batch}, {@code fiches.pdf},
 * {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source},
 * {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.cli;
