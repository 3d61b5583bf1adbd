package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.pdf.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * {@code --paper}: a guide is printed on its countries' paper unless the run names one; a change of
 * paper makes the guides again; the recueil asks to be printed double-sided at actual size.
 */
class PaperOptionTest {
    private static final String US = "renew-a-us-passport";
    private static final String FR = "creer-son-compte-ameli";
    /** The page sizes in whole points: 8.5 × 11 in, and 210 × 297 mm. */
    private static final String LETTER = "612 × 792";

    private static final String A4 = "595 × 842";

    private static Path guides(Path dir) throws IOException {
        Path guides =
                Files.createDirectories(dir.resolve("guides").resolve("images")).getParent();
        Path letter = fiches.TestFiles.LETTER_GUIDES;
        Files.copy(letter.resolve(US + ".md"), guides.resolve(US + ".md"));
        for (String image : List.of("telephone-haut.png", "ecran-large.png")) {
            Files.copy(
                    letter.resolve("images").resolve(image),
                    guides.resolve("images").resolve(image));
        }
        Files.copy(fiches.TestFiles.SAMPLES.resolve(FR + ".md"), guides.resolve(FR + ".md"));
        return guides;
    }

    private static Path handout(Path out, String slug) {
        return out.resolve(slug + "-grands-caracteres.pdf");
    }

    @Test
    void aBookOfALetterGuideAndAnA4GuideKeepsEachOnItsPaperAndAsksForBothSidesAtActualSize(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run(guides(dir), "--out", out, "--recueil", "--no-catalogue");
        assertEquals(0, run.status(), run.all());
        assertEquals(List.of(LETTER), distinctSizes(handout(out, US)));
        assertEquals(List.of(A4), distinctSizes(handout(out, FR)));
        for (String edition : List.of("grands-caracteres", "accessible")) {
            Path book = out.resolve("recueil-" + edition + ".pdf");
            try (PDDocument doc = Loader.loadPDF(book.toFile())) {
                PDViewerPreferences preferences = doc.getDocumentCatalog().getViewerPreferences();
                assertEquals("None", preferences.getPrintScaling(), book + ": /PrintScaling");
                assertEquals("DuplexFlipLongEdge", preferences.getDuplex(), book + ": /Duplex");
                assertTrue(preferences.displayDocTitle(), book + ": /DisplayDocTitle");
                // The book's own pages on A4, as one of its guides is; the American guide's pages
                // on Letter, as its own PDF has them; a blank page on the paper of its sheet's front.
                assertEquals(A4, size(doc.getPage(0)), "the cover");
                int letterPages = 0;
                for (PDPage page : doc.getPages()) {
                    letterPages += size(page).equals(LETTER) ? 1 : 0;
                }
                assertEquals(pages(out.resolve(US + "-" + edition + ".pdf")), letterPages, book + ": Letter pages");
            }
            assertEquals(List.of(), VeraPdf.failedRules(book, PDFAFlavour.PDFUA_1), book + " PDF/UA-1");
            assertEquals(List.of(), VeraPdf.failedRules(book, PDFAFlavour.PDFA_2_A), book + " PDF/A-2a");
        }
    }

    @Test
    void aChangeOfPaperMakesTheGuidesAndTheBookAgainOnThatPaper(@TempDir Path dir) throws IOException {
        Path guides = guides(dir);
        Path out = dir.resolve("out");
        Path french = handout(out, FR);
        assertEquals(
                0,
                Cli.run(guides, "--out", out, "--edition", "handout", "--no-catalogue")
                        .status());
        FileTime made = Files.getLastModifiedTime(french);
        Cli.Run same = Cli.run(guides, "--out", out, "--edition", "handout", "--no-catalogue");
        assertEquals(0, same.status(), same.all());
        assertEquals(made, Files.getLastModifiedTime(french), "nothing changed: the guide is up to date");

        Cli.Run letter = Cli.run(
                guides, "--out", out, "--edition", "handout", "--no-catalogue", "--paper", "letter", "--recueil");
        assertEquals(0, letter.status(), letter.all());
        assertNotEquals(made, Files.getLastModifiedTime(french), "--paper changed: made again");
        assertEquals(List.of(LETTER), distinctSizes(french));
        assertEquals(List.of(LETTER), distinctSizes(out.resolve("recueil-grands-caracteres.pdf")), "the whole book");
        FileTime onLetter = Files.getLastModifiedTime(french);
        Cli.Run again = Cli.run(guides, "--out", out, "--edition", "handout", "--no-catalogue", "--paper", "LETTER");
        assertEquals(0, again.status(), again.all());
        assertEquals(onLetter, Files.getLastModifiedTime(french), "the same paper again: up to date");

        Cli.Run a4 = Cli.run(guides, "--out", out, "--edition", "handout", "--no-catalogue", "--paper", "a4");
        assertEquals(0, a4.status(), a4.all());
        assertEquals(List.of(A4), distinctSizes(handout(out, US)), "--paper a4 puts the American guide on A4");
    }

    @Test
    void aPaperThatIsNeitherIsRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run(guides(dir), "--out", dir.resolve("out"), "--paper", "legal");
        assertEquals(2, run.status(), run.all());
        assertTrue(
                run.err().contains("A4")
                        && run.err().contains("LETTER")
                        && run.err().contains("legal"),
                run.all());
        assertTrue(Cli.run("--help").out().contains("--paper"), "the help lists it");
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static String size(PDPage page) {
        return Math.round(page.getMediaBox().getWidth()) + " × "
                + Math.round(page.getMediaBox().getHeight());
    }

    /** The page sizes of a PDF, each once, in whole points. */
    private static List<String> distinctSizes(Path pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                if (!sizes.contains(size(page))) {
                    sizes.add(size(page));
                }
            }
        }
        return sizes;
    }
}
