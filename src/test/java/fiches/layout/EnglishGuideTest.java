package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.product.Edition;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An English guide gets English words on its pages and in its PDF. */
class EnglishGuideTest {

    @Test
    void printsEnglishLabels(@TempDir Path out) throws Exception {
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(Path.of("src/test/resources/good/english-steps.md"));
        var renderer = fiches.TestFiles.renderer(Options.builder(out)
                .size(18)
                .editions(EnumSet.of(Edition.HANDOUT))
                .build());
        var outcome =
                renderer.render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        try (PDDocument doc = Loader.loadPDF(outcome.written().get(0).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replace('\u00A0', ' ');
            assertTrue(text.contains("Step 1: Open the conversation"), text);
            assertTrue(text.contains("Frequently asked questions"), text);
            assertTrue(text.contains("Level: easy"), text);
            assertTrue(text.contains("— page 1 of " + doc.getNumberOfPages()), text);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }
}
