package fiches.recueil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.batch.Batch;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At the larger print sizes the guides' footers take more of the bottom margin: the book's page
 * number still fits under them, on the outer side, apart from every other line.
 */
@Tag("integration")
class RecueilPrintSizesTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 24})
    void theBooksNumberFitsUnderTheFooterAtEverySize(int size, @TempDir Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        // the longest title of the samples, whose footer is cut to fit, and an English guide
        Files.copy(
                Books.SAMPLES.resolve("declarer-ses-revenus-en-ligne.md"),
                guides.resolve("declarer-ses-revenus-en-ligne.md"));
        Files.copy(Books.PRINT.resolve("english-guide.md"), guides.resolve("english-guide.md"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Options options = Options.builder(out)
                .size(size)
                .editions(EnumSet.of(Edition.HANDOUT))
                .recueil(true)
                .build();
        List<Outcome> outcomes = Batch.rendering(Books.resources(), options).run(Batch.guidesIn(guides), o -> {});
        Recueil.Written book = new Recueil(Books.resources(), options).write(outcomes);
        assertEquals(2, book.guides());
        try (PDDocument doc = Loader.loadPDF(book.files().get(0).toFile())) {
            PageLines.assertFoliosOnTheOuterSideUnderAllElse(doc, "Recueil, page");
        }
    }
}
