package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.ledger.Manifest;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guide is rendered again only when something its PDFs depend on has changed. */
class IncrementalRunTest {
    private static final Path SAMPLE = Path.of("guides", "faire-un-appel-video-whatsapp.md");
    private static final Path IMAGE = Path.of("guides", "images", "whatsapp-bouton-appel-video.png");

    @TempDir
    Path dir;

    private Path guides;
    private Path out;
    private Path home;

    @BeforeEach
    void copySampleAndFichesHome() throws IOException {
        guides = Files.createDirectories(dir.resolve("guides"));
        Files.createDirectories(guides.resolve("images"));
        Files.copy(SAMPLE, guides.resolve(SAMPLE.getFileName()));
        Files.copy(IMAGE, guides.resolve("images").resolve(IMAGE.getFileName()));
        out = dir.resolve("out");
        home = dir.resolve("home");
        for (String folder : List.of("styles", "fonts")) {
            Files.createDirectories(home.resolve(folder));
            try (var files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, home.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
    }

    private Options options(int size, boolean force) {
        return Options.builder(out)
                .size(size)
                .editions(Edition.pdfs())
                .force(force)
                .build();
    }

    private Outcome run(int size, boolean force) throws IOException {
        Batch batch = Batch.rendering(Resources.load(home), options(size, force));
        List<Outcome> outcomes = batch.run(Batch.guidesIn(guides), o -> {});
        assertEquals(1, outcomes.size());
        assertFalse(outcomes.get(0).failed(), outcomes.get(0).problems()::toString);
        return outcomes.get(0);
    }

    @Test
    void skipsAnUnchangedGuideAndLeavesItsPdfsAlone() throws IOException {
        assertFalse(run(18, false).upToDate());
        Path pdf = out.resolve("faire-un-appel-video-whatsapp-accessible.pdf");
        var before = Files.getLastModifiedTime(pdf);
        Outcome again = run(18, false);
        assertTrue(again.upToDate());
        assertEquals(List.of(), again.written());
        assertEquals(before, Files.getLastModifiedTime(pdf));
    }

    @Test
    void recognisesAnUnchangedGuideFromItsTextAndImagesBeforeParsingIt() throws Exception {
        run(18, false);
        GuideRenderer renderer = new GuideRenderer(Resources.load(home), options(18, false));
        var source = fiches.TestFiles.loader()
                .read(guides.resolve(SAMPLE.getFileName()))
                .source()
                .orElseThrow();
        assertTrue(renderer.upToDate(source).isPresent());
        String manifest = Files.readString(out.resolve(Manifest.FILE_NAME));
        assertTrue(manifest.contains("\tclean\timages/whatsapp-bouton-appel-video.png\n"), manifest);
    }

    @Test
    void showsTheWarningsOfAnUnchangedGuideAgain() throws IOException {
        Path guide = guides.resolve(SAMPLE.getFileName());
        Files.writeString(guide, Files.readString(guide).replaceFirst("\n", "\nauteur: \"Mairie\"\n"));
        assertFalse(run(18, false).upToDate());
        Outcome again = run(18, false);
        assertTrue(again.upToDate());
        assertEquals(
                List.of(Kind.UNKNOWN_KEY),
                again.problems().stream().map(Problem::kind).toList());
    }

    @Test
    void stillSkipsWithAManifestThatNamesNoImages() throws IOException {
        run(18, false);
        Path manifest = out.resolve(Manifest.FILE_NAME);
        List<String> slugAndDigestOnly = Files.readAllLines(manifest).stream()
                .map(line -> String.join("\t", java.util.Arrays.copyOf(line.split("\t"), 2)))
                .toList();
        Files.write(manifest, slugAndDigestOnly);
        assertTrue(run(18, false).upToDate());
    }

    @Test
    void rendersAgainWhenTheTextChanges() throws IOException {
        run(18, false);
        Path guide = guides.resolve(SAMPLE.getFileName());
        Files.writeString(guide, Files.readString(guide).replace("Asseyez-vous", "Installez-vous"));
        assertFalse(run(18, false).upToDate());
    }

    @Test
    void rendersAgainWhenAnImageChanges() throws IOException {
        run(18, false);
        Path image = guides.resolve("images").resolve(IMAGE.getFileName());
        byte[] png = Files.readAllBytes(image);
        byte[] changed = java.util.Arrays.copyOf(png, png.length + 1); // a trailing byte: still a valid PNG
        Files.write(image, changed);
        assertFalse(run(18, false).upToDate());
    }

    @Test
    void rendersAgainWhenAStyleChanges() throws IOException {
        run(18, false);
        Path css = home.resolve("styles").resolve("fiches.css");
        Files.writeString(css, Files.readString(css) + "\n/* a change */\n");
        assertFalse(run(18, false).upToDate());
    }

    @Test
    void rendersAgainWhenAnOptionChangesOrWhenForced() throws IOException {
        run(18, false);
        assertFalse(run(24, false).upToDate());
        assertTrue(run(24, false).upToDate());
        assertFalse(run(24, true).upToDate());
    }

    @Test
    void rendersAgainWhenAPdfWasDeleted() throws IOException {
        run(18, false);
        Files.delete(out.resolve("faire-un-appel-video-whatsapp-grands-caracteres.pdf"));
        assertFalse(run(18, false).upToDate());
        assertTrue(Files.exists(out.resolve("faire-un-appel-video-whatsapp-grands-caracteres.pdf")));
    }
}
