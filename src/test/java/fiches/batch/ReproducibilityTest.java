package fiches.batch;

import static fiches.batch.Fixtures.FRANCE_CONNECT;
import static fiches.batch.Fixtures.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fiches.cli.Cli;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF is a function of its guide and options: same input, same bytes, whatever the run. */
class ReproducibilityTest {
    private static final String AMELI = "creer-son-compte-ameli";
    private static final List<String> SLUGS = List.of(FRANCE_CONNECT, AMELI, WHATSAPP);

    @TempDir
    Path tmp;

    Path guides;

    @BeforeEach
    void guides() throws IOException {
        guides = tmp.resolve("guides");
        for (String slug : SLUGS) {
            Fixtures.copySample(slug, guides);
        }
    }

    @Test
    void twoSeparateRunsWriteIdenticalBytesForBothEditions() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertEquals(0, Cli.run(guides, "--out", first).status());
        assertEquals(0, Cli.run(guides, "--out", second).status());
        assertSameOutputs(first, second, SLUGS);
    }

    @Test
    void oneThreadAndManyThreadsWriteIdenticalBytes() throws IOException {
        Path serial = tmp.resolve("serial");
        Path parallel = tmp.resolve("parallel");
        List<Path> files = Batch.guidesIn(guides);
        List<Outcome> one = new Batch(Fixtures.renderer(serial), fiches.TestFiles.coverage(), 1).run(files, o -> {});
        List<Outcome> many = new Batch(Fixtures.renderer(parallel), fiches.TestFiles.coverage(), 6).run(files, o -> {});
        assertFalse(one.stream().anyMatch(Outcome::failed), one::toString);
        assertFalse(many.stream().anyMatch(Outcome::failed), many::toString);
        assertSameOutputs(serial, parallel, SLUGS);
    }

    @Test
    void theSameGuideInAnotherFolderGivesTheSameBytes() throws IOException {
        Path here = tmp.resolve("ici");
        Path elsewhere = tmp.resolve("ailleurs/encore");
        Fixtures.copySample(WHATSAPP, here);
        Fixtures.copySample(WHATSAPP, elsewhere);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Cli.run(here, "--out", a).status());
        assertEquals(0, Cli.run(elsewhere, "--out", b).status());
        assertSameOutputs(a, b, List.of(WHATSAPP));
    }

    @Test
    void theSizeIsPartOfTheOutput() throws IOException {
        Path small = tmp.resolve("18");
        Path large = tmp.resolve("24");
        assertEquals(0, Cli.run(guides, "--out", small, "--edition", "handout").status());
        assertEquals(
                0,
                Cli.run(guides, "--out", large, "--edition", "handout", "--size", "24")
                        .status());
        Path name = Path.of(Edition.HANDOUT.fileName(FRANCE_CONNECT));
        assertFalse(
                java.util.Arrays.equals(
                        Files.readAllBytes(small.resolve(name)), Files.readAllBytes(large.resolve(name))),
                "--size 24 must change the handout");
    }

    private static void assertSameOutputs(Path a, Path b, List<String> slugs) throws IOException {
        assertEquals(slugs.size() * Edition.pdfs().size(), Fixtures.pdfsIn(a).size());
        assertEquals(
                Fixtures.pdfsIn(a).stream().map(a::relativize).toList(),
                Fixtures.pdfsIn(b).stream().map(b::relativize).toList());
        for (String slug : slugs) {
            for (Edition e : Edition.pdfs()) {
                String name = e.fileName(slug);
                assertArrayEquals(
                        Files.readAllBytes(a.resolve(name)),
                        Files.readAllBytes(b.resolve(name)),
                        name + " differs between " + a + " and " + b);
            }
        }
    }
}
