/**
 * Runs the stages on every guide of a folder: on all cores, within limits per guide, writing
 * the PDFs whole or not at all, and skipping guides whose inputs have not changed since the
 * last run. A guide's failure is the guide's; a failure of the disk or the program is the
 * tool's.
 *
 * <p>May use: {@code fiches.ledger}, {@code fiches.pdf}, {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.batch;
