package fiches.recueil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Batch;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.batch.ToolFailure;
import fiches.ledger.BookRecord;
import fiches.pdf.PdfText;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recueil in the incremental run: left as it is when nothing changed, made again when a guide did. */
class RecueilRunsTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    private static Path twoGuides(Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.copy(Books.SAMPLES.resolve("creer-son-compte-ameli.md"), guides.resolve("creer-son-compte-ameli.md"));
        Files.copy(
                Books.SAMPLES.resolve("comment-utiliser-france-connect.md"),
                guides.resolve("comment-utiliser-france-connect.md"));
        return guides;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PdfText.normalize(String.join("\n", PdfText.pages(doc)));
        }
    }

    @Test
    void leavesTheRecueilUntouchedWhenNoGuideChanged(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Path out = dir.resolve("out");
        Books.Made first = Books.run(guides, out, false);
        assertFalse(first.recueil().upToDate());
        for (Edition e : Edition.pdfs()) {
            Files.setLastModifiedTime(first.file(e), LONG_AGO);
        }
        Books.Made second = Books.run(guides, out, false);
        assertTrue(second.recueil().upToDate());
        assertEquals(2, second.recueil().guides());
        for (Edition e : Edition.pdfs()) {
            assertEquals(LONG_AGO, Files.getLastModifiedTime(second.file(e)), e + " was written again");
        }
    }

    @Test
    void makesTheRecueilAgainWhenAGuideChanged(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Path out = dir.resolve("out");
        Books.Made first = Books.run(guides, out, false);
        byte[] before = Files.readAllBytes(first.file(Edition.HANDOUT));
        Path ameli = guides.resolve("creer-son-compte-ameli.md");
        Files.writeString(
                ameli,
                Files.readString(ameli, StandardCharsets.UTF_8)
                        .replace("title: \"Créer son compte Ameli\"", "title: \"Ouvrir son compte Ameli\""),
                StandardCharsets.UTF_8);
        Books.Made second = Books.run(guides, out, false);
        assertFalse(second.recueil().upToDate());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(second.file(Edition.HANDOUT))));
        String book = text(second.file(Edition.HANDOUT));
        assertTrue(book.contains("Ouvrir son compte Ameli"), book);
        assertTrue(book.contains("Comment utiliser France Connect"), "the guide up to date is read again for the book");
        // the guide up to date was not made by this run: its length is read from its PDF, and the
        // contents still give the pages where both guides start
        try (PDDocument doc = Loader.loadPDF(second.file(Edition.HANDOUT).toFile())) {
            List<String> pages =
                    PdfText.pages(doc).stream().map(PdfText::normalize).toList();
            for (String title : List.of("Ouvrir son compte Ameli", "Comment utiliser France Connect")) {
                int start = 1
                        + java.util.stream.IntStream.range(0, pages.size())
                                .filter(i -> pages.get(i).startsWith(title))
                                .findFirst()
                                .orElseThrow();
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile(title + "[ .]*(\\d+)").matcher(pages.get(2));
                assertTrue(m.find(), pages.get(2));
                assertEquals(start, Integer.parseInt(m.group(1)), title);
            }
        }
    }

    /** A guide's PDF damaged in the output folder is named, with what to do; the next forced run mends it. */
    @Test
    void aGuidesPdfDamagedSinceItWasMadeIsNamedNotBlamedOnTheGuide(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Path out = dir.resolve("out");
        Books.run(guides, out, false);
        Path damaged = out.resolve(Edition.ACCESSIBLE.fileName("creer-son-compte-ameli"));
        Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(damaged), 1000));
        Files.delete(out.resolve(BookRecord.FILE_NAME)); // the book is made again
        ToolFailure e = assertThrows(ToolFailure.class, () -> Books.run(guides, out, false));
        assertTrue(e.getMessage().contains(damaged.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a fault of the guide"), e.getMessage());
        assertTrue(e.notice().fix().contains("--force"), e.notice().fix());
        Books.Made mended = Books.run(guides, out, true);
        assertTrue(text(mended.file(Edition.ACCESSIBLE)).contains("Créer son compte Ameli"));
    }

    @Test
    void leavesOutAGuideThatFailedAndSaysSo(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Path broken = Files.writeString(guides.resolve("casse.md"), "---\ntitle: \"Sans étapes\"\n---\n\nRien.\n");
        Books.Made made = Books.run(guides, dir.resolve("out"), false);
        assertEquals(List.of(broken), made.recueil().leftOut());
        assertEquals(2, made.recueil().guides());
        assertTrue(text(made.file(Edition.HANDOUT)).startsWith("Recueil des fiches 2 fiches"));
    }

    @Test
    void makesNoBookAndBlamesNoOneWhenEveryGuideFailed(@TempDir Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Path broken = Files.writeString(guides.resolve("casse.md"), "---\ntitle: \"Sans étapes\"\n---\n\nRien.\n");
        Books.Made made = Books.run(guides, dir.resolve("out"), false);
        assertEquals(List.of(), made.recueil().files());
        assertEquals(List.of(broken), made.recueil().leftOut());
        assertFalse(Files.exists(made.file(Edition.HANDOUT)));
    }

    @Test
    void makesOnlyTheEditionsOfTheRun(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Options options = Options.builder(out)
                .size(18)
                .editions(EnumSet.of(Edition.HANDOUT))
                .recueil(true)
                .build();
        List<Outcome> outcomes = Batch.rendering(Books.resources(), options).run(Batch.guidesIn(guides), o -> {});
        Recueil.Written written = new Recueil(Books.resources(), options).write(outcomes);
        assertEquals(List.of(out.resolve("recueil-grands-caracteres.pdf")), written.files());
        assertFalse(Files.exists(out.resolve("recueil-accessible.pdf")));
    }

    @Test
    void refusesAGuideNamedLikeTheRecueilWithoutBlamingIt(@TempDir Path dir) throws IOException {
        Path guides = twoGuides(dir);
        Files.copy(guides.resolve("creer-son-compte-ameli.md"), guides.resolve("recueil.md"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Options options = Options.builder(out)
                .size(18)
                .editions(Edition.pdfs())
                .recueil(true)
                .build();
        List<Outcome> outcomes = Batch.rendering(Books.resources(), options).run(Batch.guidesIn(guides), o -> {});
        byte[] guidePdf = Files.readAllBytes(out.resolve("recueil-grands-caracteres.pdf"));
        ToolFailure e = assertThrows(ToolFailure.class, () -> new Recueil(Books.resources(), options).write(outcomes));
        assertTrue(e.getMessage().contains("recueil.md"), e.getMessage());
        assertTrue(
                java.util.Arrays.equals(guidePdf, Files.readAllBytes(out.resolve("recueil-grands-caracteres.pdf"))),
                "the guide's own PDF is kept");
    }
}
