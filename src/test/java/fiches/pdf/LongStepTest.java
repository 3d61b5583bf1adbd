package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.product.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A step longer than a page breaks across pages, leaving no blank page and losing no line. */
class LongStepTest {

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(ints = {18, 24})
    void aStepLongerThanAPageLeavesNoBlankPage(int size, @TempDir Path dir) throws Exception {
        String lines = IntStream.range(0, 60)
                .mapToObj(i -> "Une phrase assez longue pour remplir une ligne, numéro " + i + ".")
                .collect(Collectors.joining("\n\n"));
        Path guide = Files.writeString(dir.resolve("long.md"), """
                ---
                title: "Une très longue étape"
                steps: 2
                lang: "fr"
                ---

                ## Les étapes

                ### Étape 1 : Tout lire

                %s

                ### Étape 2 : Finir

                C'est fini.
                """.formatted(lines));
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(guide);
        var outcome = fiches.TestFiles.renderer(Options.builder(dir.resolve("out"))
                        .size(size)
                        .editions(EnumSet.of(Edition.HANDOUT))
                        .build())
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        try (PDDocument doc = Loader.loadPDF(outcome.written().get(0).toFile())) {
            List<String> pages = PdfText.pages(doc);
            for (int i = 0; i < pages.size(); i++) {
                String body = PdfText.normalize(pages.get(i))
                        .replaceAll("Une très longue étape — page \\d+ sur \\d+$", "")
                        .strip();
                assertFalse(body.isEmpty(), "page " + (i + 1) + " holds nothing but its footer");
            }
            String all = PdfText.normalize(String.join(" ", pages));
            for (int i = 0; i < 60; i++) {
                assertEquals(1, all.split("numéro " + i + "\\.", -1).length - 1, "line " + i + " printed once");
            }
        }
    }
}
