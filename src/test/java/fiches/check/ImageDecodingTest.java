package fiches.check;

import static fiches.parse.TinyGuide.BODY_LINE;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.loadBounded;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fiches.guide.Guide;
import fiches.parse.TinyGuide;
import fiches.problem.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images are decoded, not trusted by their first bytes: too many pixels, a header that lies, a
 * file cut short or a format under another's name is an error at the image's line, found within
 * the time and memory bound; a good image keeps the very bytes that were decoded.
 */
class ImageDecodingTest {
    @TempDir
    Path dir;

    private Path guideShowing(String imageName, byte[] image) throws IOException {
        Files.write(Files.createDirectories(dir.resolve("images")).resolve(imageName), image);
        return TinyGuide.write(dir, "guide.md", "Voici l'écran.\n\n![L'écran d'accueil](<images/" + imageName + ">)\n");
    }

    @Test
    void rejectsAHugeImageThatIsSmallOnDiskBeforeDecodingIt() throws IOException {
        Path guide = guideShowing("immense.png", TestImages.blankPng(30_000, 30_000));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_TOO_LARGE, BODY_LINE + 2, "30000 × 30000", "900.0", "40");
    }

    @Test
    void rejectsAnImageWhoseHeaderClaimsTenBillionPixels() throws IOException {
        Path guide = guideShowing("menteuse.png", TestImages.lyingPng(100_000, 100_000));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_TOO_LARGE, BODY_LINE + 2, "100000 × 100000", "40");
    }

    @Test
    void rejectsAnImageWhoseHeaderLiesWithinThePixelBudget() throws IOException {
        Path guide = guideShowing("menteuse.png", TestImages.lyingPng(2_000, 2_000));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_UNREADABLE, BODY_LINE + 2, "images/menteuse.png");
    }

    @Test
    void rejectsATruncatedPng() throws IOException {
        Path guide = guideShowing("coupee.png", TestImages.truncated("png"));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_UNREADABLE, BODY_LINE + 2, "images/coupee.png");
    }

    @Test
    void rejectsATruncatedJpeg() throws IOException {
        Path guide = guideShowing("coupee.jpg", TestImages.truncated("jpeg"));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_UNREADABLE, BODY_LINE + 2, "images/coupee.jpg");
    }

    @Test
    void rejectsAJpegNamedPng() throws IOException {
        Path guide = guideShowing("photo.png", TestImages.valid("jpeg", 50, 40));
        assertOnlyError(loadBounded(guide), Kind.IMAGE_NOT_SUPPORTED, BODY_LINE + 2, "JPEG");
    }

    @Test
    void rejectsAFileThatIsNoImage() throws IOException {
        Path guide = guideShowing("texte.png", "pas une image".getBytes());
        assertOnlyError(loadBounded(guide), Kind.IMAGE_NOT_SUPPORTED, BODY_LINE + 2, "PNG or JPEG");
    }

    @Test
    void rejectsAMissingImageWhoseNameHasASpace() {
        Path guide = TinyGuide.write(dir, "guide.md", "![L'écran](<images/mon écran.png>)\n");
        assertOnlyError(loadBounded(guide), Kind.IMAGE_NOT_FOUND, BODY_LINE, "images/mon écran.png");
    }

    @Test
    void keepsTheBytesItDecodedOfAGoodImageWhoseNameHasASpace() throws IOException {
        byte[] png = TestImages.valid("png", 120, 80);
        Guide guide = assertLoads(loadBounded(guideShowing("mon écran.png", png)));
        Path file = dir.resolve("images/mon écran.png");
        Files.write(file, TestImages.valid("png", 10, 10)); // replaced after the check
        assertArrayEquals(png, guide.images().get(file).orElseThrow());
    }
}
