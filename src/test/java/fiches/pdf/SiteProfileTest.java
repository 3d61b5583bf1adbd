package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.batch.SiteProfiles;
import fiches.guide.Guide;
import fiches.guide.SiteProfile;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A guide made with a site profile opens with the desk's logo (at least 15 mm high, a described
 * Figure) and ends with its contacts in a framed « Besoin d'aide ? » box; a guide's own « Si ça
 * ne marche pas » section is framed too. Without a profile, neither logo nor box is there.
 */
class SiteProfileTest {
    private static final float MM = 72f / 25.4f;
    private static final String LOGO_DESCRIPTION = "Logo de France Services de Marmande";
    private static final String HELP_SECTION =
            "\n## Si ça ne marche pas\n\nVérifiez votre identifiant et votre mot " + "de passe, puis recommencez.\n";
    private static final String ENGLISH = "---\ntitle: \"Send a photo\"\nsteps: 1\nlang: en\n---\n\n## Steps\n\n"
            + "### Step 1: Open the gallery\n\nTap the picture of a flower.\n\n## If it doesn’t work\n\n"
            + "Restart your phone and try again.\n";

    @TempDir
    static Path dir;

    private static Path withProfile;
    private static Path without;
    private static Path english;

    @BeforeAll
    static void renderWithAndWithoutAProfile() throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Path guide = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Files.writeString(guide, Files.readString(guide) + HELP_SECTION);
        Files.writeString(guides.resolve("send-a-photo.md"), ENGLISH);
        Fixtures.copyProfile(guides);
        Optional<SiteProfile> profile = SiteProfiles.load(guides).profile();
        assertTrue(profile.flatMap(SiteProfile::logo).isPresent(), "the test profile and its logo are good");
        withProfile = render(guide, dir.resolve("with"), profile);
        without = render(guide, dir.resolve("without"), Optional.empty());
        english = render(guides.resolve("send-a-photo.md"), dir.resolve("english"), profile);
    }

    /** Renders a guide in both editions into a folder, and returns that folder. */
    private static Path render(Path file, Path out, Optional<SiteProfile> profile) {
        return render(file, out, profile, Edition.pdfs());
    }

    private static Path render(Path file, Path out, Optional<SiteProfile> profile, java.util.Set<Edition> editions) {
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        Guide guide = loaded.guide().orElseThrow(() -> new AssertionError(loaded.problems()));
        Options options = Options.builder(out)
                .size(18)
                .editions(editions)
                .force(true)
                .profile(profile)
                .build();
        Outcome outcome =
                fiches.TestFiles.renderer(options).render(guide, loaded.source().orElseThrow(), List.of());
        assertFalse(outcome.failed(), outcome.problems()::toString);
        return out;
    }

    private static Path pdf(Path out, Edition edition) {
        String slug = out == english ? "send-a-photo" : Fixtures.FRANCE_CONNECT;
        return out.resolve(edition.fileName(slug));
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theLastPageGivesTheDesksContactsInLargePrint(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, edition).toFile())) {
            List<PageLines.Line> last = PageLines.of(doc).get(doc.getNumberOfPages() - 1);
            String text =
                    String.join("\n", last.stream().map(PageLines.Line::text).toList());
            for (String expected : List.of(
                    "Besoin d’aide ?",
                    "France Services de Marmande",
                    "Adresse : 12 rue de la",
                    "Téléphone : 05 53 00 00 00",
                    "Horaires : Du lundi au vendredi",
                    "Courriel : marmande@exemple.fr",
                    "Site internet : www.exemple.fr/france-services")) {
                assertTrue(text.contains(expected), "« " + expected + " » on the last page:\n" + text);
            }
            for (PageLines.Line line : lines(last, "Besoin", "Site internet")) {
                assertTrue(line.size() >= 18, line + " is in large print");
            }
        }
    }

    @Test
    void frenchTypographyKeepsTheColonsAndTheQuestionMarkWithTheirWords() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, Edition.HANDOUT).toFile())) {
            String text = PdfText.pages(doc).get(doc.getNumberOfPages() - 1);
            assertTrue(text.contains("aide\u00A0?"), text);
            assertTrue(text.contains("Téléphone\u00A0:"), text);
        }
    }

    @Test
    void aPhoneNumberNeverBreaksAcrossLines() throws IOException {
        Path guides = Files.createDirectories(dir.resolve("long-phone"));
        Path guide = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        String phone = "05 53 00 00 00 poste 123"; // the longest allowed: with its label, more than a line at 24 pt
        Files.writeString(guides.resolve("fiches.yaml"), "name: \"Mairie\"\nphone: \"" + phone + "\"\n");
        Optional<SiteProfile> profile = SiteProfiles.load(guides).profile();
        assertEquals(Optional.of(phone), profile.flatMap(SiteProfile::phone));
        Path out = dir.resolve("long-phone-out");
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(guide);
        Options options = Options.builder(out)
                .size(24)
                .editions(EnumSet.of(Edition.HANDOUT))
                .force(true)
                .profile(profile)
                .build();
        assertFalse(fiches.TestFiles.renderer(options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of())
                .failed());
        try (PDDocument doc = Loader.loadPDF(
                out.resolve(Edition.HANDOUT.fileName(Fixtures.FRANCE_CONNECT)).toFile())) {
            List<PageLines.Line> last = PageLines.of(doc).get(doc.getNumberOfPages() - 1);
            assertTrue(
                    last.stream().anyMatch(l -> l.text().strip().endsWith(phone)),
                    "the number whole on one line: " + last);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void anEnglishGuideGetsItsHelpBoxInEnglish(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(english, edition).toFile())) {
            String text = String.join("\n", PdfText.pages(doc)).replace('\u00A0', ' ');
            assertTrue(
                    text.contains("Need help?")
                            && text.contains("Phone: 05 53 00 00 00")
                            && text.contains("Opening hours: ")
                            && text.contains("Website: "),
                    text);
            assertFalse(text.contains("Besoin") || text.contains("Téléphone"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theHelpBoxIsFramedInBlack(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, edition).toFile())) {
            int last = doc.getNumberOfPages() - 1;
            List<PageLines.Line> box = lines(PageLines.of(doc).get(last), "Besoin d’aide", "Site internet");
            assertTrue(
                    framed(doc.getPage(last), box.get(0), box.get(1)),
                    "a painted path encloses the help box, from its title to its last contact");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void aSiParCaNeMarchePasSectionIsFramedAsAHelpBox(Edition edition) throws IOException {
        for (Path out : List.of(withProfile, without)) {
            try (PDDocument doc = Loader.loadPDF(pdf(out, edition).toFile())) {
                assertTrue(sectionFramed(doc, "Si ça ne marche pas", "recommencez."), out.toString());
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf(english, edition).toFile())) {
            assertTrue(sectionFramed(doc, "If it doesn’t work", "Restart your phone"), "the English title is known");
        }
    }

    @Test
    void anOrdinarySectionIsNotFramed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(without, Edition.HANDOUT).toFile())) {
            assertFalse(sectionFramed(doc, "Conseils utiles", "Utilisez toujours"), "a control: no frame elsewhere");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void withoutAProfileThereIsNeitherHelpBoxNorLogo(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(without, edition).toFile())) {
            String text = String.join("\n", PdfText.pages(doc));
            assertFalse(text.contains("Besoin d") || text.contains("Marmande"), text);
            assertEquals(List.of(), DrawnImages.on(doc.getPage(0)));
            assertEquals(List.of(), figures(doc));
        }
    }

    @Test
    void pageOneHasACodeToTheGuidesWebEditionOnlineWhenTheRunMakesIt() throws IOException {
        Path out = render(
                dir.resolve("guides").resolve(Fixtures.FRANCE_CONNECT + ".md"),
                dir.resolve("web"),
                SiteProfiles.load(dir.resolve("guides")).profile(),
                java.util.EnumSet.allOf(Edition.class));
        String online = "https://fiches.exemple.fr/guides/" + Fixtures.FRANCE_CONNECT + ".html";
        for (Edition edition : Edition.pdfs()) {
            try (PDDocument doc = Loader.loadPDF(pdf(out, edition).toFile())) {
                List<String> codes = QrCodesTest.decodeAll(new PDFRenderer(doc).renderImageWithDPI(0, 150));
                assertTrue(codes.contains(online), codes::toString);
            }
        }
    }

    @Test
    void pageOneHasACodeToTheGuidesAccessibleEditionOnlineWhenNoWebEditionIsMade() throws IOException {
        String online = "https://fiches.exemple.fr/guides/" + Fixtures.FRANCE_CONNECT + "-accessible.pdf";
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, Edition.HANDOUT).toFile())) {
            List<String> codes = QrCodesTest.decodeAll(new PDFRenderer(doc).renderImageWithDPI(0, 150));
            assertTrue(codes.contains(online), codes::toString);
            assertTrue(PdfText.normalize(PdfText.pages(doc).get(0)).contains("Scannez pour avoir ce guide sur votre"));
        }
        try (PDDocument doc = Loader.loadPDF(pdf(without, Edition.HANDOUT).toFile())) {
            List<String> codes = QrCodesTest.decodeAll(new PDFRenderer(doc).renderImageWithDPI(0, 150));
            assertFalse(codes.stream().anyMatch(c -> c.endsWith(".html") || c.endsWith(".pdf")), codes::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theLogoOpensPageOneAtLeast15MillimetresHigh(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, edition).toFile())) {
            PDPage first = doc.getPage(0);
            List<DrawnImages.Drawn> images = DrawnImages.on(first);
            assertEquals(1, images.size(), images::toString);
            DrawnImages.Drawn logo = images.get(0);
            assertEquals(360, logo.widthPx());
            assertEquals(120, logo.heightPx());
            assertTrue(logo.heightMm() >= 15, logo.heightMm() + " mm high");
            assertEquals(logo.heightMm() * 3, logo.widthMm(), 0.5, "drawn in its own proportions");
            PageLines.Line title = PageLines.of(doc).get(0).stream()
                    .filter(l -> l.text().startsWith("Comment"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(logo.bottom() <= title.top(), "above the title");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theLogoIsAFigureWithItsDescription(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, edition).toFile())) {
            List<String> figures = figures(doc).stream()
                    .map(PDStructureElement::getAlternateDescription)
                    .toList();
            assertEquals(LOGO_DESCRIPTION, figures.get(0), "the logo comes first");
            // the others are the QR codes, the one to the guide online among them
            assertTrue(
                    figures.stream().skip(1).allMatch(f -> f.startsWith("Code QR de l’adresse https://")),
                    figures::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void theHelpBoxIsASectionWithAHeadingAndParagraphs(Edition edition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(withProfile, edition).toFile())) {
            List<PDStructureElement> headings = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "H2", headings);
            PDStructureElement help = headings.get(headings.size() - 1);
            assertEquals("Besoin d’aide\u00A0?", TaggedText.of(doc, help).strip());
            List<String> paragraphs = new ArrayList<>();
            for (Object kid : ((PDStructureNode) help.getParent()).getKids()) {
                if (kid instanceof PDStructureElement e && e.getStructureType().equals("P")) {
                    paragraphs.add(TaggedText.of(doc, e).replace('\u00A0', ' '));
                }
            }
            assertEquals(6, paragraphs.size(), paragraphs::toString);
            assertTrue(paragraphs.get(2).startsWith("Téléphone : 05 53 00 00 00"), paragraphs::toString);
        }
    }

    @Tag("integration")
    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void bothEditionsWithAFullProfileArePdfUa1AndPdfA2a(Edition edition) throws Exception {
        for (Path out : List.of(withProfile, english)) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                List<String> failed = VeraPdf.failedRules(pdf(out, edition), flavour);
                assertEquals(List.of(), failed, pdf(out, edition) + " fails " + flavour.getId());
            }
        }
    }

    /** The first line holding each piece of text, in order. */
    private static List<PageLines.Line> lines(List<PageLines.Line> page, String... starts) {
        List<PageLines.Line> found = new ArrayList<>();
        for (String start : starts) {
            found.add(page.stream()
                    .filter(l -> l.text().contains(start))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no line with « " + start + " » in " + page)));
        }
        return found;
    }

    /** Whether a section, from its title to a line of its text, lies on one page inside a painted frame. */
    private static boolean sectionFramed(PDDocument doc, String title, String inside) throws IOException {
        List<List<PageLines.Line>> pages = PageLines.of(doc);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.text().contains(title))) {
                List<PageLines.Line> ends = lines(pages.get(i), title, inside);
                return framed(doc.getPage(i), ends.get(0), ends.get(1));
            }
        }
        throw new AssertionError("no page holds « " + title + " »");
    }

    /**
     * Whether the page paints a frame around the text from one line to another: a path above the
     * first line (within 10 mm) and one below the last, at the top and bottom of one rectangle, or
     * two separate rules.
     */
    private static boolean framed(PDPage page, PageLines.Line first, PageLines.Line last) throws IOException {
        List<float[]> paths = DrawnImages.paths(page);
        boolean enclosing = paths.stream()
                .anyMatch(p -> p[0] < first.top()
                        && p[0] > first.top() - 10 * MM
                        && p[1] > last.bottom()
                        && p[1] < last.bottom() + 10 * MM);
        boolean above =
                paths.stream().anyMatch(p -> p[1] - p[0] < 3 && p[1] < first.top() && p[1] > first.top() - 10 * MM);
        boolean below =
                paths.stream().anyMatch(p -> p[1] - p[0] < 3 && p[0] > last.bottom() && p[0] < last.bottom() + 10 * MM);
        return enclosing || above && below;
    }

    private static List<PDStructureElement> figures(PDDocument doc) {
        List<PDStructureElement> out = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure", out);
        return out;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    out.add(e);
                }
                collect(e, type, out);
            }
        }
    }
}
