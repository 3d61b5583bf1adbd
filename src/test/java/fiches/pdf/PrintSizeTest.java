package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader;
import fiches.batch.GuideRenderer;
import fiches.batch.Options;
import fiches.layout.Edition;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The --size presets: body text at exactly that size, headings larger, still A4. */
class PrintSizeTest {

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(ints = {18, 20, 24})
    void theBodyTextHasThePresetSizeAndHeadingsAreLarger(int size, @TempDir Path out) throws Exception {
        GuideLoader.Loaded loaded = new GuideLoader().load(RenderedGuides.GUIDES.resolve("comment-utiliser-france-connect.md"));
        var renderer = new GuideRenderer(RenderedGuides.resources(), new Options(out, size, EnumSet.of(Edition.HANDOUT)));
        var outcome = renderer.render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        try (PDDocument doc = Loader.loadPDF(outcome.written().get(0).toFile())) {
            List<PdfText.Glyph> glyphs = PdfText.glyphs(doc).stream().filter(g -> !g.text().isBlank()).toList();
            double smallest = glyphs.stream().mapToDouble(PdfText.Glyph::size).min().orElseThrow();
            double largest = glyphs.stream().mapToDouble(PdfText.Glyph::size).max().orElseThrow();
            assertEquals(size, smallest, 0.05); // the renderer rounds sizes to its own units
            assertTrue(largest >= size * 1.5, "the title is " + largest + " pt");
            assertEquals(595.3, doc.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }
}
