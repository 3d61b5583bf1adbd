/**
 * Runs the stages on every guide of a folder: on all cores, within limits per guide, writing
 * the PDFs whole or not at all, and skipping guides whose inputs have not changed since the
 * last run. A guide's failure is the guide's; a failure of the disk or the program is the
 * tool's.
 *
 * <p>{@link Batch} runs a folder, listed by {@link GuideFolder}, under the {@link Options} of the
 * run and the {@link RunLimits} of each guide; {@link GuideLoader} reads, parses and checks one
 * guide and {@link GuideRenderer} makes its editions; each guide ends as an {@link Outcome}, and
 * what was made of it as a {@link Made} for the catalogue and the recueil. {@link OutputFolder}
 * holds the output folder for one run, {@link AtomicWriter} replaces files whole, and
 * {@link Version} is the tool's version, part of every output's identity. {@link SiteProfiles}
 * loads the folder's {@code fiches.yaml}. A {@link Notice} is what a run tells that belongs to no
 * single guide, a {@link ToolFailure} a failure of Fiches itself. {@link TranslationCheck} checks the collection's {@code translation_of} links after the
 * run. {@link Benchmark} measures warm
 * throughput for {@code --bench}.
 *
 * <p>May use: {@code fiches.ledger}, {@code fiches.pdf}, {@code fiches.web}, {@code fiches.layout}, {@code fiches.check}, {@code fiches.parse}, {@code fiches.source}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.batch;
