/**
 * The recueil: after a run, every guide that was made, in one large-print book for a binder
 * ({@code recueil-grands-caracteres.pdf}, and {@code recueil-accessible.pdf}): a cover, a table of
 * contents by theme, each guide on a right-hand page. Only the cover and the contents are laid
 * out and rendered anew; each guide's own PDF, as the run made it, is bound after them with its
 * tagging, fields and bookmarks, so the book is tagged and conforms like a single guide. It is
 * written whole or not at all, and only when the collection changed.
 *
 * <p>{@link Recueil} writes the book, of the guides the run made or found up to date, in the
 * catalogue's order ({@code BookGuides}), unless the digest of its inputs ({@code BookInputs}) is
 * the one it was last made from.
 *
 * <p>May use: {@code fiches.catalogue} (for the catalogue's order of the guides),
 * {@code fiches.batch}, {@code fiches.ledger}, {@code fiches.pdf}, {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.recueil;
