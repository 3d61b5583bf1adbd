package fiches.check;

import static fiches.problem.ProblemAssertions.BAD;
import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.load;
import static fiches.problem.ProblemAssertions.loadBad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.util.SafePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are described, local and inside the guide's folder. Every image of the corpus is on line 13. */
class ImageChecksTest {
    private static final Path WITHOUT_ALT = BAD.resolve("image-sans-alt/image-sans-alt.md");

    @Test
    void rejectsAnImageWithoutAlternativeText() {
        Loaded loaded = load(WITHOUT_ALT);
        Problem p = assertError(loaded, Kind.IMAGE_WITHOUT_ALT, 13);
        assertTrue(p.fix().contains("![") && p.fix().contains("images/bouton-france-connect.png"), p::toString);
        assertErrorKinds(loaded, Kind.IMAGE_WITHOUT_ALT);
    }

    @Test
    void acceptsTheSameImageOnceDescribed(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.copy(
                WITHOUT_ALT.resolveSibling("images/bouton-france-connect.png"),
                images.resolve("bouton-france-connect.png"));
        String described = Files.readString(WITHOUT_ALT).replace("![]", "![Le bouton bleu France Connect]");
        Path guide = Files.writeString(dir.resolve("image-decrite.md"), described);

        var loaded = load(guide);
        List<Inline.Image> found = new ArrayList<>();
        Inlines.forEach(assertLoads(loaded).sections(), i -> {
            if (i instanceof Inline.Image img) {
                found.add(img);
            }
        });
        assertEquals(
                List.of(new Inline.Image("Le bouton bleu France Connect", "images/bouton-france-connect.png", 13)),
                found);
    }

    @Test
    void rejectsAnImagePathThatClimbsOutOfTheGuideFolder() {
        Path guide = BAD.resolve("image-chemin-parent/image-chemin-parent.md");
        // the file exists: the path is refused for where it leads, not because it is missing
        assertTrue(Files.isRegularFile(guide.resolveSibling("../image-sans-alt/images/bouton-france-connect.png")));
        Loaded loaded = load(guide);
        assertOnlyError(loaded, Kind.IMAGE_OUTSIDE_FOLDER, 13, "../image-sans-alt");
    }

    @Test
    void rejectsAnImageGivenAsAFileUrl() {
        Loaded loaded = loadBad("image-url-file.md");
        assertOnlyError(loaded, Kind.IMAGE_OUTSIDE_FOLDER, 13, "file:///");
    }

    @Test
    void rejectsAnImageOnTheWeb() {
        Loaded loaded = loadBad("image-http.md");
        assertOnlyError(loaded, Kind.REMOTE_RESOURCE, 13, "http://exemple.fr/");
    }

    @Test
    void keepsRelativePathsInsideTheirFolderOnly(@TempDir Path dir) {
        assertTrue(SafePaths.inside(dir, "images/a.png").isPresent());
        assertTrue(SafePaths.inside(dir, "images/../images/a.png").isPresent());
        for (String out : List.of(
                "../a.png",
                "images/../../a.png",
                "/etc/passwd",
                "file:///etc/passwd",
                "C:\\Users\\a.png",
                "\\\\serveur\\partage\\a.png",
                "")) {
            assertTrue(SafePaths.inside(dir, out).isEmpty(), out);
        }
    }
}
