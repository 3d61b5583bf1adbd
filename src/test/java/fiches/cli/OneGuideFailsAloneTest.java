package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Batch;
import fiches.batch.Fixtures;
import fiches.batch.RunLimits;
import fiches.product.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong while one guide is made (its stack, its memory, its time, a fault in
 * Fiches) fails that guide alone: the other guide is made, the report and the JSON come out
 * whole, and the failed guide's older PDFs are kept byte for byte.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OneGuideFailsAloneTest {
    private static final String BAD = "a-cassee"; // sorts before the good guide: it is made first
    /** The stack an ordinary thread gets: a few hundred nested quotes overflow it. */
    private static final RunLimits SMALL_STACK = new RunLimits(Duration.ofSeconds(120), 1 << 20);

    @TempDir
    Path tmp;

    FaultScene scene;
    Path bad;
    Map<Edition, byte[]> older;

    @BeforeEach
    void goodGuideAndOlderPdfsOfTheBadOne() throws Exception {
        scene = new FaultScene(tmp);
        older = scene.olderPdfs(BAD);
        bad = scene.guide(BAD);
        // a valid change: if it were made, its PDFs would differ from the older ones
        Fixtures.write(bad, Fixtures.guide("Nouvelle version", 1, "Texte d'après."));
    }

    @Test
    void quotesNestedThousandsDeepFailThatGuideAloneAtTheirLine() throws Exception {
        Fixtures.write(bad, Fixtures.guide("Profonde", 1, "> ".repeat(3000) + "texte"));
        Main main = new Main(SMALL_STACK, s -> s);

        Cli.Run run = Cli.runWith(main, scene.guides, "--out", scene.out, "--force");

        assertEquals(1, run.status(), run::all);
        assertTrue(run.out().contains("FAILED " + bad + "\n"), run::all);
        assertTrue(
                java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: error: .*"
                                + "nest at most 20 levels")
                        .matcher(run.out())
                        .find(),
                run::all);
        assertTrue(run.out().contains("\n2 guides: 1 rendered, 1 failed\n"), run::all);
        FaultScene.assertNoStackTrace(run);
        scene.assertGoodMade();
        scene.assertKept(BAD, older);
        Cli.Run json = Cli.runWith(
                new Main(SMALL_STACK, s -> s), scene.guides, "--out", scene.out, "--force", "--report", "json");
        Map<?, ?> report = FaultScene.assertFailedInJson(json, bad, null);
        assertFalse(json.out().contains("INTERNAL_ERROR"), json::all);
        assertEquals(
                "ok", FaultScene.result(report, scene.guide(FaultScene.GOOD)).get("status"));
    }

    @Test
    void aStackOverflowFailsThatGuideAlone() throws Exception {
        Main main = new Main(SMALL_STACK, failing(new StackOverflowError()));

        Cli.Run run = Cli.runWith(main, scene.guides, "--out", scene.out, "--force");

        assertEquals(1, run.status(), run::all);
        FaultScene.assertFailedInText(run, bad, "nested too deeply", "2 guides: 1 rendered, 1 failed");
        scene.assertGoodMade();
        scene.assertKept(BAD, older);
    }

    @Test
    void memoryExhaustedByOneGuideFailsThatGuideAlone() throws Exception {
        Main main = new Main(RunLimits.DEFAULT, failing(new OutOfMemoryError("Java heap space")));

        Cli.Run run = Cli.runWith(main, scene.guides, "--out", scene.out, "--force");

        assertEquals(1, run.status(), run::all);
        FaultScene.assertFailedInText(run, bad, "needs more memory than Fiches has", "2 guides: 1 rendered, 1 failed");
        assertTrue(
                run.out().contains("Its older PDFs were kept unchanged: " + scene.pdf(BAD, Edition.HANDOUT)), run::all);
        scene.assertGoodMade();
        scene.assertKept(BAD, older);
        Cli.Run json = Cli.runWith(
                new Main(RunLimits.DEFAULT, failing(new OutOfMemoryError())),
                scene.guides,
                "--out",
                scene.out,
                "--force",
                "--report",
                "json");
        assertEquals(1, json.status(), json::all);
        FaultScene.assertFailedInJson(json, bad, "GUIDE_TOO_COMPLEX");
    }

    @Test
    void aFaultInFichesFailsThatGuideAloneWithStatusThreeAndATraceOnlyOnRequest() throws Exception {
        Main main = new Main(RunLimits.DEFAULT, failing(new NullPointerException("a fault")));

        Cli.Run run = Cli.runWith(main, scene.guides, "--out", scene.out, "--force");

        assertEquals(3, run.status(), run::all);
        FaultScene.assertFailedInText(
                run, bad, "This is a fault in Fiches, not in the guide.", "2 guides: 1 rendered, 1 failed");
        scene.assertGoodMade();
        scene.assertKept(BAD, older);
        Cli.Run json = Cli.runWith(
                new Main(RunLimits.DEFAULT, failing(new NullPointerException())),
                scene.guides,
                "--out",
                scene.out,
                "--force",
                "--report",
                "json");
        assertEquals(3, json.status(), json::all);
        FaultScene.assertFailedInJson(json, bad, "INTERNAL_ERROR");

        Cli.Run debug = Cli.runWith(
                new Main(RunLimits.DEFAULT, failing(new NullPointerException("a fault"))),
                scene.guides,
                "--out",
                scene.out,
                "--force",
                "--debug");
        assertTrue(debug.err().contains("java.lang.NullPointerException: a fault"), debug::all);
        assertTrue(debug.err().contains("\tat "), debug::all);
    }

    @Test
    @Tag("integration")
    void aGuideOverItsTimeIsGivenUpAndChangesNothingEvenWhenItFinishesLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        UnaryOperator<Batch.Step> slow = step -> (file, commit) -> {
            if (!file.equals(bad)) {
                return step.process(file, commit);
            }
            try {
                while (release.getCount() > 0) { // as a renderer stuck on a huge word, deaf to interruption
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // keep waiting
                    }
                }
                return step.process(file, commit);
            } finally {
                finished.countDown();
            }
        };
        // Every guide has the same time, and the good one must be made within it on a busy machine:
        // the stuck guide is given up after a minute, so this test waits that long.
        Main main = new Main(new RunLimits(Duration.ofSeconds(60), RunLimits.DEFAULT.stackBytes()), slow);

        Cli.Run run = Cli.runWith(main, scene.guides, "--out", scene.out, "--force", "--report", "json");

        assertEquals(1, run.status(), run::all);
        Map<?, ?> report = FaultScene.assertFailedInJson(run, bad, "TIME_LIMIT");
        assertTrue(run.out().contains("more than 60 s"), run::all);
        assertEquals(
                "ok", FaultScene.result(report, scene.guide(FaultScene.GOOD)).get("status"));
        scene.assertGoodMade();
        release.countDown();
        // Counted down once its step has returned: it wrote, or was refused, everything it would.
        assertTrue(finished.await(2, TimeUnit.MINUTES));
        scene.assertKept(BAD, older);
        assertTrue(Fixtures.filesIn(scene.out).stream()
                .noneMatch(f -> f.getFileName().toString().endsWith(".part")));
    }

    /** Makes the bad guide's step throw, as its images or a fault would. */
    private UnaryOperator<Batch.Step> failing(Throwable thrown) {
        return step -> (file, commit) -> {
            if (file.equals(bad) && thrown instanceof Error e) {
                throw e;
            }
            if (file.equals(bad)) {
                throw (RuntimeException) thrown;
            }
            return step.process(file, commit);
        };
    }

    @Test
    void theFaultySceneIsRealTheBadGuideIsMadeWhenNothingFails() throws Exception {
        // the control: without the fault, the new version replaces both older PDFs
        Cli.Run run = Cli.run(scene.guides, "--out", scene.out, "--force");
        assertEquals(0, run.status(), run::all);
        for (Edition e : Edition.pdfs()) {
            assertEquals("Nouvelle version", Fixtures.pdfTitle(scene.pdf(BAD, e)));
            assertFalse(java.util.Arrays.equals(older.get(e), Files.readAllBytes(scene.pdf(BAD, e))));
        }
    }
}
