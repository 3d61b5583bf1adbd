package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fiches.layout.LineBreaker;
import fiches.product.LanguageRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What openhtmltopdf and PDFBox do on their own, in the mode Fiches renders with (PDF/UA,
 * PDF/A-2a, the embedded fonts), before any of Fiches's post-passes or layout work-arounds: one
 * test per row of docs/RENDERER.md. Each shows the quirk is still there, then that the pass
 * which works around it removes it. When an upgrade makes one of these fail, the quirk is gone
 * upstream and the pass or work-around it names may go.
 */
class UpstreamQuirksTest {
    private final Resources resources = fiches.TestFiles.resources();

    @Test
    void linkAnnotationsHaveNoContentsUntilLinkAnnotationsDescribesThem() throws IOException {
        try (PDDocument pdf = render("<p><a href=\"https://www.ameli.fr/\">le site d’Ameli</a></p>", b -> {})) {
            List<PDAnnotationLink> links = links(pdf);
            assertEquals(1, links.size());
            assertNull(links.get(0).getContents(), "the renderer now describes links: LinkAnnotations may go");

            new LinkAnnotations().describe(pdf);
            String contents = links(pdf).get(0).getContents();
            assertTrue(contents != null && contents.contains("ameli.fr"), contents);
        }
    }

    @Test
    void markedContentNamesPropertyListsUntilTheInlinerWritesEachMcidInline() throws IOException {
        try (PDDocument pdf = render("<h1>Titre</h1><p>Un paragraphe.</p>", b -> {})) {
            assertTrue(
                    markedContentByName(pdf) > 0,
                    "the renderer now writes MCIDs inline: MarkedContentInliner's rewriting may go");

            new MarkedContentInliner().inline(pdf);
            assertEquals(0, markedContentByName(pdf));
        }
    }

    @Test
    void everyBoxGetsAnEmptyBackgroundArtifactUntilTheInlinerDropsThem() throws IOException {
        try (PDDocument pdf = render("<div><p>Un paragraphe.</p></div><ul><li>Un point.</li></ul>", b -> {})) {
            assertTrue(
                    emptyArtifacts(pdf) > 0,
                    "the renderer no longer opens empty background artifacts: the inliner's dropping may go");

            new MarkedContentInliner().inline(pdf);
            assertEquals(0, emptyArtifacts(pdf));
        }
    }

    @Test
    void theCreationDateIsTheClockUntilDocumentIdentityDatesIt() throws IOException {
        LocalDate review = LocalDate.of(2024, 3, 15);
        try (PDDocument pdf = render("<p>Texte.</p>", b -> {})) {
            LocalDate stamped = pdf.getDocumentInformation()
                    .getCreationDate()
                    .toInstant()
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
            assertTrue(
                    !stamped.isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                    "the renderer no longer stamps the clock: DocumentIdentity.date may go");
            assertTrue(xmp(pdf).contains(
                            "<xmp:CreateDate>" + LocalDate.now(ZoneOffset.UTC).getYear()));

            new DocumentIdentity().date(pdf, review);
            assertEquals(
                    review,
                    pdf.getDocumentInformation()
                            .getCreationDate()
                            .toInstant()
                            .atZone(ZoneOffset.UTC)
                            .toLocalDate());
            assertTrue(xmp(pdf).contains("<xmp:CreateDate>2024-03-15"), xmp(pdf));
        }
    }

    @Test
    void twoRendersOfTheSamePageGetDifferentIdsUntilDocumentIdentityGivesOne() throws IOException {
        byte[][] ids = new byte[2][];
        byte[][] fixed = new byte[2][];
        for (int i = 0; i < 2; i++) {
            try (PDDocument pdf = render("<p>Texte.</p>", b -> {})) {
                ids[i] = firstId(saved(pdf));
                new DocumentIdentity().id(pdf, "the same guide");
                fixed[i] = firstId(saved(pdf));
            }
        }
        assertFalse(Arrays.equals(ids[0], ids[1]), "PDFBox now writes the same /ID twice: DocumentIdentity.id may go");
        assertTrue(Arrays.equals(fixed[0], fixed[1]));
    }

    @Test
    void aCheckboxInputGivesAWidgetThatNoFormElementTags() throws IOException {
        String form =
                "<form name=\"f\"><p><input type=\"checkbox\" name=\"etape-1\" value=\"oui\" /> Étape 1</p></form>";
        try (PDDocument pdf = render(form, b -> {})) {
            List<PDAnnotationWidget> widgets = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationWidget w) {
                        widgets.add(w);
                    }
                }
            }
            assertFalse(widgets.isEmpty(), "the renderer drew no checkbox at all");
            for (PDAnnotationWidget w : widgets) {
                assertEquals(
                        -1,
                        w.getStructParent(),
                        "the renderer now tags form widgets: compare with CheckboxFields before keeping it");
            }
        }
    }

    @Test
    void aLineMayBreakWhereBoldBeginsEvenAfterAnElidedArticle() throws IOException {
        Consumer<PdfRendererBuilder> french = b -> b.useUnicodeLineBreaker(new LineBreaker(LanguageRules.of("fr")));
        String plain = lines(narrow("Ouvrez l’application maintenant"), french);
        String bold = lines(narrow("Ouvrez l’<b>application</b> maintenant"), french);

        assertFalse(endsALine(plain, "l’"), plain);
        assertTrue(endsALine(bold, "l’"), "the renderer now keeps « l’ » with a bold word: InlineGlue may go\n" + bold);
    }

    @Test
    void theDefaultLineBreakerBreaksRightAfterAnApostrophe() throws IOException {
        String defaults = lines(narrow("Ouvrez l’application maintenant"), b -> {});
        String ours = lines(
                narrow("Ouvrez l’application maintenant"),
                b -> b.useUnicodeLineBreaker(new LineBreaker(LanguageRules.of("fr"))));

        assertTrue(endsALine(defaults, "l’"), "the default breaker now keeps « l’ » with its word\n" + defaults);
        assertFalse(endsALine(ours, "l’"), ours);
    }

    /** A paragraph narrow enough that « Ouvrez l’application » cannot share a line. */
    private static String narrow(String html) {
        return "<p style=\"width: 8.5em\">" + html + "</p>";
    }

    private PDDocument render(String body, Consumer<PdfRendererBuilder> extra) throws IOException {
        String html = "<html lang=\"fr\"><head><title>Essai</title><style>@page { size: A4; margin: 20mm }"
                + " body { font-family: 'Atkinson Hyperlegible Next'; font-size: 20pt }</style></head><body>"
                + body + "</body></html>";
        PDDocument pdf = new PDDocument();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        b.useColorProfile(resources.srgbProfile());
        b.usePDDocument(pdf);
        resources.fontCache().register(b, pdf);
        extra.accept(b);
        b.withHtmlContent(html, null);
        try (var renderer = b.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFKeepOpen();
        }
        return pdf;
    }

    private String lines(String body, Consumer<PdfRendererBuilder> extra) throws IOException {
        // The fonts are subset, with their character maps, only when the document is saved.
        try (PDDocument rendered = render(body, extra);
                PDDocument pdf = Loader.loadPDF(saved(rendered))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    private static boolean endsALine(String text, String end) {
        return text.lines().map(String::strip).anyMatch(l -> l.endsWith(end));
    }

    private static List<PDAnnotationLink> links(PDDocument pdf) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** Marked-content sequences that name a property list of the page's resources. */
    private static int markedContentByName(PDDocument pdf) throws IOException {
        int count = 0;
        for (List<Object> op : operations(pdf)) {
            Object last = op.get(op.size() - 1);
            if (last instanceof Operator o && o.getName().equals("BDC") && op.get(op.size() - 2) instanceof COSName) {
                count++;
            }
        }
        return count;
    }

    /** {@code /Artifact … BDC} immediately closed by {@code EMC}: nothing drawn inside. */
    private static int emptyArtifacts(PDDocument pdf) throws IOException {
        int count = 0;
        List<List<Object>> ops = operations(pdf);
        for (int i = 0; i + 1 < ops.size(); i++) {
            List<Object> op = ops.get(i);
            if (name(op).equals("BDC")
                    && COSName.ARTIFACT.equals(op.get(0))
                    && name(ops.get(i + 1)).equals("EMC")) {
                count++;
            }
        }
        return count;
    }

    private static String name(List<Object> op) {
        return op.get(op.size() - 1) instanceof Operator o ? o.getName() : "";
    }

    /** Every page's operations, each as its operands followed by its operator. */
    private static List<List<Object>> operations(PDDocument pdf) throws IOException {
        List<List<Object>> ops = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            List<Object> current = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                current.add(token);
                if (token instanceof Operator) {
                    ops.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        return ops;
    }

    private static String xmp(PDDocument pdf) throws IOException {
        return new String(
                pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] saved(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static byte[] firstId(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSBase id = pdf.getDocument().getTrailer().getDictionaryObject(COSName.ID);
            return ((org.apache.pdfbox.cos.COSString) ((COSArray) id).getObject(0)).getBytes();
        }
    }
}
