/**
 * The fifth stage: renders a laid-out guide with openhtmltopdf on PDFBox, through the one
 * sandbox that opens files, then finishes the document with PDFBox post-passes (step boxes or
 * checkboxes, link descriptions, marked content, identity, printing at actual size). The work-arounds of the renderer
 * are listed in {@code docs/RENDERER.md}.
 *
 * <p>May use: {@code fiches.layout}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.pdf;
