package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.TestFiles;
import fiches.product.Edition;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cheap net over layout changes: the first page of a dozen handouts at 18 pt, drawn in grey as
 * the catalogue draws it ({@link FirstPage}, a picture that depends on the PDF's bytes only), is
 * the picture kept in {@code src/test/resources/golden/}. A change of layout that moves a block
 * shows here even when no rule of the other tests is broken. When the change is meant, draw the
 * pictures again and commit them:
 *
 * <pre>mvn -o test -Dtest=GoldenPicturesTest -Dfiches.golden.update=true</pre>
 */
class GoldenPicturesTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final String UPDATE = "fiches.golden.update";
    /** Where this run leaves the pictures it drew, to be looked at beside the golden ones. */
    static final Path DRAWN = Path.of("target", "golden-drawn");

    /** Every sample guide, and the print test guides that push the layout hardest. */
    static Stream<Path> guides() {
        return Stream.concat(
                fiches.testing.TestGuides.samples().stream(),
                Stream.of(
                                "english-guide.md",
                                "quinze-etapes.md",
                                "tableau-large.md",
                                "liens-et-notes.md",
                                "etape-longue-et-captures.md",
                                "listes-imbriquees.md")
                        .map(TestFiles.PRINT_GUIDES::resolve));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theFirstPageDrawsAsItsGoldenPicture(Path guide) throws IOException {
        EverySize.Sized sized = EverySize.get(guide, 18);
        byte[] drawn =
                FirstPage.of(Files.readAllBytes(sized.pdf(Edition.HANDOUT))).png();
        Path golden = GOLDEN.resolve(sized.guide().slug() + ".png");
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, drawn);
            return;
        }
        assertTrue(
                Files.isRegularFile(golden),
                () -> golden + " is missing: draw it with mvn -o test -Dtest=GoldenPicturesTest -D" + UPDATE
                        + "=true, look at it and commit it");
        BufferedImage expected = ImageIO.read(golden.toFile());
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(drawn));
        // beside the build's reports, to look at once the run is over
        Path now = Files.createDirectories(DRAWN).resolve(golden.getFileName());
        Files.write(now, drawn);
        String redo = "If the layout was meant to change, look at " + now + ", then draw the pictures again with "
                + "mvn -o test -Dtest=GoldenPicturesTest -D" + UPDATE + "=true and commit them.";
        assertEquals(
                List.of(expected.getWidth(), expected.getHeight()),
                List.of(actual.getWidth(), actual.getHeight()),
                () -> "the first page of " + guide + " is drawn at another size than " + golden + ". " + redo);
        int differ = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        int pixels = differ;
        assertEquals(
                0,
                pixels,
                () -> "the first page of " + guide + " at 18 pt no longer draws as " + golden + ": " + pixels + " of "
                        + expected.getWidth() * expected.getHeight() + " pixels differ. " + redo);
    }
}
