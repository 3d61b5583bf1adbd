package fiches;

import fiches.pdf.Resources;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The files every test reads, named once: the sample guides, the guides written to push the
 * print layout, the test site profile, Fiches' own fonts and styles, and a PDF's text.
 */
public final class TestFiles {
    /** The sample guides shipped with Fiches; tests run from the project folder. */
    public static final Path SAMPLES = Path.of("guides");
    /** Guides written to push the print layout: 15 steps, long steps, tables, screenshots, addresses. */
    public static final Path PRINT_GUIDES = Path.of("src", "test", "resources", "print");
    /** A guide for the United States, printed on Letter: a long step, screenshots, a table, notes. */
    public static final Path LETTER_GUIDES = Path.of("src", "test", "resources", "letter");
    /** A guide in each language Fiches knows besides French and English, written as its own writers would. */
    public static final Path LANGUAGE_GUIDES = Path.of("src", "test", "resources", "languages");
    /** A full site profile, {@code fiches.yaml}, with its logo in {@code images/}. */
    public static final Path PROFILE = Path.of("src", "test", "resources", "profile");

    /** Immutable once read, so every test shares it. */
    private static final Resources RESOURCES = Resources.load(Path.of(""));

    private static final fiches.check.GlyphCoverage COVERAGE = fiches.batch.Batch.coverage(RESOURCES);

    private TestFiles() {}

    /** Fiches' fonts and styles, from the project folder. */
    public static Resources resources() {
        return RESOURCES;
    }

    /** What Fiches' fonts can draw, as a run reads it. */
    public static fiches.check.GlyphCoverage coverage() {
        return COVERAGE;
    }

    /** Reads, parses and checks guides as a run does, with Fiches' own fonts. */
    public static fiches.batch.GuideLoader loader() {
        return new fiches.batch.GuideLoader(COVERAGE);
    }

    /** Renders guides as a run would, with Fiches' own fonts and styles. */
    public static fiches.batch.GuideRenderer renderer(fiches.batch.Options options) {
        return new fiches.batch.GuideRenderer(RESOURCES, options);
    }

    /** A PDF's text, its lines in reading order, so that a wrapped word reads whole. */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }
}
