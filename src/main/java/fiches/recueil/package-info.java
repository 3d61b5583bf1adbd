/**
 * The recueil: after a run, every guide that was made, in one large-print book for a binder
 * ({@code recueil-grands-caracteres.pdf}, and {@code recueil-accessible.pdf}): a cover, a table of
 * contents by theme, each guide on a right-hand page. It is laid out as one document with the
 * guides' own layout and finished by the same PDF passes, so it is tagged and conforms like a
 * single guide; it is written whole or not at all, and only when the collection changed.
 * <p>May use: {@code fiches.catalogue} (for the catalogue's order of the guides),
 * {@code fiches.batch}, {@code fiches.ledger}, {@code fiches.pdf}, {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.recueil;
