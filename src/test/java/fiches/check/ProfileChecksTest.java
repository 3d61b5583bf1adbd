package fiches.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.SiteProfile;
import fiches.parse.ProfileDraft;
import fiches.parse.ProfileReader;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logo of a site profile is checked as a guide's pictures are: inside the folder of the
 * guides, a PNG of bounded size and pixels that decodes in full, described. A logo that fails
 * is left out, with an error at the line of its {@code file:} key; the profile is kept.
 */
class ProfileChecksTest {
    private static final String YAML =
            "name: \"Maison France Services\"\nlogo:\n  file: \"%s\"\n" + "  description: \"Logo de la Maison\"\n";

    @TempDir
    Path guides;

    private ProfileChecks.Checked check(String logoPath) {
        Path file = guides.resolve("fiches.yaml");
        ProfileDraft draft = new ProfileReader().read(new GuideSource(file, YAML.formatted(logoPath)));
        return new ProfileChecks().check(draft, guides);
    }

    private Problem logoError(String logoPath, Kind kind) {
        ProfileChecks.Checked checked = check(logoPath);
        assertEquals(1, checked.problems().size(), checked.problems()::toString);
        Problem p = checked.problems().get(0);
        assertEquals(kind, p.kind(), p::toString);
        assertEquals(guides.resolve("fiches.yaml"), p.file());
        assertEquals(3, p.line(), "the line of the logo's file");
        assertTrue(p.isError() && p.message().contains(logoPath), p::toString);
        assertTrue(checked.profile().isPresent(), "the profile is kept without its logo");
        assertTrue(checked.profile().get().logo().isEmpty());
        return p;
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(guides.resolve(name).getParent());
        Files.write(guides.resolve(name), bytes);
    }

    @Test
    void keepsAGoodLogoWithTheBytesItDecoded() throws IOException {
        byte[] png = TestImages.valid("png", 90, 30);
        write("images/logo.png", png);
        ProfileChecks.Checked checked = check("images/logo.png");
        assertEquals(List.of(), checked.problems());
        SiteProfile.Logo logo = checked.profile().orElseThrow().logo().orElseThrow();
        assertTrue(Arrays.equals(png, logo.png()));
        assertEquals(90, logo.widthPx());
        assertEquals("Logo de la Maison", logo.description());
    }

    @Test
    void aMissingLogoFileIsNamed() {
        assertTrue(logoError("images/absent.png", Kind.IMAGE_NOT_FOUND).fix().contains("file name"));
    }

    @Test
    void aLogoThatIsNotAPngIsRefused() throws IOException {
        write("logo.png", TestImages.valid("jpeg", 40, 40));
        assertTrue(logoError("logo.png", Kind.IMAGE_NOT_SUPPORTED).fix().contains("PNG"));
        write("logo.txt", "not a picture".getBytes());
        logoError("logo.txt", Kind.IMAGE_NOT_SUPPORTED);
    }

    @Test
    void aTenMegabyteLogoIsRefusedWithoutReadingItAll() throws IOException {
        byte[] big = Arrays.copyOf(TestImages.valid("png", 40, 40), 10_000_000);
        write("logo.png", big);
        assertTrue(logoError("logo.png", Kind.IMAGE_TOO_LARGE).message().contains("1 MB"));
    }

    @Test
    void aLogoOfTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        write("logo.png", TestImages.lyingPng(30_000, 30_000));
        assertTrue(logoError("logo.png", Kind.IMAGE_TOO_LARGE).message().contains("30000 × 30000"));
    }

    @Test
    void aDamagedLogoIsRefused() throws IOException {
        write("logo.png", TestImages.truncated("png"));
        logoError("logo.png", Kind.IMAGE_UNREADABLE);
    }

    @Test
    void aLogoOutsideTheFolderOfTheGuidesIsRefused() throws IOException {
        Files.write(guides.getParent().resolve("outside-logo.png"), TestImages.valid("png", 10, 10));
        logoError("../outside-logo.png", Kind.IMAGE_OUTSIDE_FOLDER);
        logoError("https://exemple.fr/logo.png", Kind.REMOTE_RESOURCE);
    }

    @Test
    void aLogoTooWideToPrint20MillimetresHighIsRefused() throws IOException {
        write("logo.png", TestImages.valid("png", 900, 100));
        assertTrue(logoError("logo.png", Kind.INVALID_VALUE).fix().contains("Crop"));
    }

    @Test
    void theDigestChangesWithTheLogosBytes() throws IOException {
        write("logo.png", TestImages.valid("png", 30, 30));
        String before = check("logo.png").profile().orElseThrow().digest();
        write("logo.png", TestImages.valid("png", 31, 30));
        assertNotEquals(before, check("logo.png").profile().orElseThrow().digest());
    }
}
