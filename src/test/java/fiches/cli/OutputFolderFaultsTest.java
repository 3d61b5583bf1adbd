package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem with the output folder is Fiches' problem, not a guide's: it is said plainly, with
 * the folder named and status 3 (or 2, before any work, when --out cannot be a folder at all),
 * and the JSON report stays one valid document.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OutputFolderFaultsTest {
    private static final String OTHER = "b-autre";

    @TempDir
    Path tmp;

    FaultScene scene;

    @BeforeEach
    void scene() throws IOException {
        scene = new FaultScene(tmp);
    }

    @Test
    void anAccessibleEditionThatIsAFolderKeepsBothOlderEditionsAndIsNotBlamedOnTheGuide() throws Exception {
        Map<Edition, byte[]> older = scene.olderPdfs(OTHER);
        Path accessible = scene.pdf(OTHER, Edition.ACCESSIBLE);
        Files.delete(accessible);
        Files.createDirectories(accessible.resolve("dedans"));
        Fixtures.write(scene.guide(OTHER), Fixtures.guide("Nouvelle version", 1, "Texte d'après."));

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--force");

        assertEquals(3, run.status(), run::all);
        FaultScene.assertFailedInText(
                run,
                scene.guide(OTHER),
                "could not be written to the output folder " + scene.out,
                "2 guides: 1 rendered, 1 failed");
        assertTrue(run.out().contains("This is not a fault of the guide."), run::all);
        assertFalse(run.out().contains("Check the guide's images"), run::all);
        assertTrue(
                run.out()
                        .contains("Its older PDFs were kept unchanged: " + scene.pdf(OTHER, Edition.HANDOUT) + ", "
                                + scene.pdf(OTHER, Edition.WEB) + "."),
                run::all);
        assertArrayEquals(
                older.get(Edition.HANDOUT),
                Files.readAllBytes(scene.pdf(OTHER, Edition.HANDOUT)),
                "the handout must not be replaced when the accessible edition cannot be");
        assertTrue(Files.isDirectory(accessible.resolve("dedans")));
        scene.assertGoodMade();
        assertEquals(List.of(), leftovers());

        Cli.Run json = Cli.run(scene.guides, "--out", scene.out, "--force", "--report", "json");
        assertEquals(3, json.status(), json::all);
        FaultScene.assertFailedInJson(json, scene.guide(OTHER), "OUTPUT_FAILED");
    }

    @Test
    void anOutThatIsAFileIsAUsageErrorBeforeAnyWork() throws IOException {
        Path file = Fixtures.write(tmp.resolve("sortie.txt"), "mes notes");
        Cli.Run run = Cli.run(scene.guides, "--out", file);
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("--out " + file + " is a file, not a folder"), run::all);
        assertEquals("mes notes", Files.readString(file));
        assertEquals(List.of(), Fixtures.pdfsIn(tmp));
        FaultScene.assertNoStackTrace(run);
    }

    @Test
    void anOutWhereOneMayNotWriteIsAUsageErrorBeforeAnyWork() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectories(tmp.resolve("fermé"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Cli.Run run = Cli.run(scene.guides, "--out", locked);
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains(locked.toString()), run::all);
    }

    @Test
    void aManifestThatIsAFolderIsAToolFailureNamingItWithAValidJsonReport() throws IOException {
        Path manifest =
                Files.createDirectories(scene.out.resolve(".fiches-manifest").resolve("x"));

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--report", "json");

        assertEquals(3, run.status(), run::all);
        FaultScene.assertNoStackTrace(run);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        String message = (String) ((Map<?, ?>) report.get("error")).get("message");
        assertTrue(message.contains(manifest.getParent() + " cannot be read"), message);
        assertFalse(run.out().contains("images"), run::all);

        Cli.Run text = Cli.run(scene.guides, "--out", scene.out);
        assertEquals(3, text.status(), text::all);
        assertTrue(text.err().contains("error: The output folder's record " + manifest.getParent()), text::all);
        assertTrue(text.err().contains("fix: Remove " + manifest.getParent()), text::all);
        FaultScene.assertNoStackTrace(text);
    }

    @Test
    void aSecondRunOnTheSameFolderStopsAtOnceWithStatusThree() throws Exception {
        Files.createDirectories(scene.out);
        Process other = LockHolder.hold(scene.out.resolve(".fiches.lock"));
        try {
            Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--report", "json");
            assertEquals(3, run.status(), run::all);
            Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
            assertTrue(
                    ((Map<?, ?>) report.get("error"))
                            .get("message")
                            .toString()
                            .startsWith("Another Fiches run is writing to " + scene.out),
                    run::all);
            assertEquals(List.of(), Fixtures.pdfsIn(scene.out));

            Cli.Run text = Cli.run(scene.guides, "--out", scene.out);
            assertEquals(3, text.status(), text::all);
            assertTrue(text.err().contains("error: Another Fiches run is writing to " + scene.out), text::all);
            FaultScene.assertNoStackTrace(text);
        } finally {
            other.getOutputStream().close();
            other.waitFor(1, TimeUnit.MINUTES);
        }
        Cli.Run after = Cli.run(scene.guides, "--out", scene.out);
        assertEquals(0, after.status(), after::all);
        scene.assertGoodMade();
    }

    @Test
    void aLockFileLeftByACrashedRunDoesNotBlock() throws IOException {
        Fixtures.write(scene.out.resolve(".fiches.lock"), "");
        Cli.Run run = Cli.run(scene.guides, "--out", scene.out);
        assertEquals(0, run.status(), run::all);
        scene.assertGoodMade();
    }

    @Test
    void unfinishedFilesOfAKilledRunAreRemovedAndNothingElse() throws IOException {
        Path part = Fixtures.write(scene.out.resolve("." + Edition.HANDOUT.fileName("x") + ".k3j2h1.part"), "moitié");
        Path manifestPart = Fixtures.write(scene.out.resolve("..fiches-manifest.1a2b3c4d5e6f.part"), "moitié");
        List<Path> kept = List.of(
                Fixtures.write(scene.out.resolve("notes.part"), "à moi"),
                Fixtures.write(scene.out.resolve(".cache.part.txt"), "à moi"),
                Fixtures.write(scene.out.resolve(".x.PART"), "à moi"));

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out);

        assertEquals(0, run.status(), run::all);
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(manifestPart));
        for (Path p : kept) {
            assertEquals("à moi", Files.readString(p), p::toString);
        }
    }

    @Test
    void aHugeSparseManifestIsIgnoredWithAWarningAndRebuilt() throws IOException {
        Files.createDirectories(scene.out);
        Path manifest = scene.out.resolve(".fiches-manifest");
        try (RandomAccessFile f = new RandomAccessFile(manifest.toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GB of nothing, in a few blocks
        }

        Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--report", "json");

        assertEquals(0, run.status(), run::all);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        String warning = ((Map<?, ?>) ((List<?>) report.get("warnings")).get(0))
                .get("message")
                .toString();
        assertTrue(warning.contains(manifest + " is over 16 MB"), warning);
        scene.assertGoodMade();
        assertTrue(Files.size(manifest) < 1000, "rebuilt: " + Files.size(manifest));
        assertTrue(Files.readString(manifest, StandardCharsets.UTF_8).startsWith(FaultScene.GOOD + "\t"));
        Cli.Run again = Cli.run(scene.guides, "--out", scene.out);
        assertTrue(again.out().startsWith("same   "), again::all);
    }

    private List<Path> leftovers() throws IOException {
        return Fixtures.filesIn(scene.out).stream()
                .filter(f -> f.getFileName().toString().endsWith(".part"))
                .toList();
    }
}
