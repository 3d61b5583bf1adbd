package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.TestFiles;
import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right-to-left guide whose text holds a paragraph of white space alone (a code block with a
 * space in it, as a careless or hostile author writes) is made like any other: the renderer's
 * bidi splitting used to find no run in it and fail the guide.
 */
class BlankParagraphRightToLeftTest {
    private static final String GUIDE = """
            ---
            title: "فتح حساب"
            steps: 1
            lang: ar
            ---
            ## الخطوات
            ### الخطوة 1: افتح الموقع
            ```
             \s
            ```
            اضغط على الزر.
            """;

    @Test
    void aCodeBlockOfWhiteSpaceInAnArabicGuideIsMade(@TempDir Path dir) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Path file = Files.writeString(guides.resolve("espace.md"), GUIDE, StandardCharsets.UTF_8);
        GuideLoader.Loaded loaded = TestFiles.loader().load(file);
        Options options = Options.builder(dir.resolve("out"))
                .size(18)
                .editions(Edition.pdfs())
                .force(true)
                .build();
        var outcome = TestFiles.renderer(options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        assertFalse(outcome.failed(), outcome.problems()::toString);
        assertEquals(2, outcome.written().size(), outcome::toString);
        for (Path pdf : outcome.written()) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                // The step's words are drawn (in whatever order the page's runs give them).
                assertTrue(text.contains("1"), pdf + ": " + text);
                assertTrue(doc.getNumberOfPages() >= 1);
            }
        }
    }
}
