/**
 * The fifth stage: renders a laid-out guide with openhtmltopdf on PDFBox, through the one
 * sandbox that opens files, then finishes the document with PDFBox post-passes. The work-arounds
 * of the renderer are listed in {@code docs/RENDERER.md}. It has five rooms, still in one
 * package:
 *
 * <ul>
 *   <li>the core: {@link PdfRenderer} renders a layout into each edition's bytes, a
 *       {@link Rendered}, with the fonts, stylesheets and colour profile of {@link Resources},
 *       shared by the whole run, and the {@code Sandbox}, the renderer's only way to files;
 *   <li>the conformance passes, run on every document: link descriptions
 *       ({@code LinkAnnotations}), marked content the readers can resolve
 *       ({@code MarkedContentInliner}), a reproducible identity ({@code DocumentIdentity}), and
 *       the section titles a first layout left alone at the foot of a page
 *       ({@code StrandedHeadings}), and printing at actual size;
 *   <li>the furniture and forms of each edition: the step boxes of the handout
 *       ({@code TickBoxes}) or the checkboxes of the accessible edition ({@code CheckboxFields}),
 *       the writing lines or note fields under the note labels, the « (suite) » reminders of a
 *       step that runs on to another page, and the QR codes;
 *   <li>the book: {@link BookBinder} binds the guides' own PDFs after the recueil's cover and
 *       contents, with their tagging, fields, bookmarks and page numbers;
 *   <li>the first-page pictures: {@link FirstPage}, a small grey drawing of a first page for the
 *       catalogue ({@code ThumbnailRenderer} on a {@code GreyCanvas}, written by
 *       {@code GreyPng}), the same for the same bytes.
 * </ul>
 *
 * <p>May use: {@code fiches.layout}, {@code fiches.product}, {@code fiches.guide}, {@code fiches.problem},
 * {@code fiches.util}.
 */
package fiches.pdf;
