package fiches.batch;

import static fiches.batch.Fixtures.FRANCE_CONNECT;
import static fiches.batch.Fixtures.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.cli.Cli;
import fiches.cli.Main;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch renders every good guide, skips every bad one with its reasons, and never damages older outputs. */
class BatchTest {
    private static final String NO_TITLE = "sans-titre";
    private static final String WRONG_COUNT = "nombre-faux";

    @TempDir
    Path tmp;

    Path guides;
    Path out;

    @BeforeEach
    void mixedFolder() throws IOException {
        guides = tmp.resolve("guides");
        out = tmp.resolve("out");
        Fixtures.copySample(FRANCE_CONNECT, guides);
        Fixtures.copySample(WHATSAPP, guides);
        Fixtures.write(
                guides.resolve(NO_TITLE + ".md"),
                Fixtures.guide("x", 2, "Texte.").replace("title: \"x\"\n", "description: \"Pas de titre\"\n"));
        // steps: 3 is on line 3; the guide has two step headings
        Fixtures.write(
                guides.resolve(WRONG_COUNT + ".md"),
                Fixtures.guide("Trois étapes annoncées", 2, "Texte.").replace("steps: 2", "steps: 3"));
    }

    @Test
    void goodGuidesAreRenderedBadOnesReportedAndTheStatusIsOne() throws IOException {
        Cli.Run run = Cli.run(guides, "--out", out);

        assertEquals(1, run.status(), run::all);
        for (String slug : List.of(FRANCE_CONNECT, WHATSAPP)) {
            String title = Files.readString(guides.resolve(slug + ".md"))
                    .lines()
                    .filter(l -> l.startsWith("title:"))
                    .findFirst()
                    .orElseThrow()
                    .replaceFirst("title: *\"(.*)\"", "$1");
            for (Edition e : Edition.pdfs()) {
                Path pdf = out.resolve(e.fileName(slug));
                assertTrue(Files.isRegularFile(pdf), () -> pdf + " missing\n" + run.all());
                assertTrue(Fixtures.pageCount(pdf) >= 1, pdf::toString);
                assertEquals(title, Fixtures.pdfTitle(pdf), pdf::toString);
            }
        }
        for (String slug : List.of(NO_TITLE, WRONG_COUNT)) {
            for (Edition e : Edition.pdfs()) {
                assertFalse(Files.exists(out.resolve(e.fileName(slug))), slug + " must have no output");
            }
        }
        assertEquals(4, Fixtures.pdfsIn(out).size(), () -> "only the good guides' PDFs: " + run.all());

        // each bad file is named with the line of its problem, as editors read locations
        assertTrue(run.out().contains("FAILED " + guides.resolve(NO_TITLE + ".md")), run::all);
        assertTrue(
                run.out().contains(guides.resolve(NO_TITLE + ".md") + ":1: error: The front matter has no 'title'"),
                run::all);
        assertTrue(run.out().contains("FAILED " + guides.resolve(WRONG_COUNT + ".md")), run::all);
        assertTrue(run.out().contains(guides.resolve(WRONG_COUNT + ".md") + ":3"), run::all);
        assertTrue(run.out().contains("steps: 3"), run::all);
        assertTrue(run.out().contains("4 guides: 2 rendered, 2 failed"), run::all);
    }

    @Test
    void aTitleWithAControlCharacterIsExplainedWithItsLineNotLeftToTheRenderer() throws IOException {
        // found by GuideFuzzTest: the PDF's XML metadata cannot hold U+0001, so rendering failed unexplained
        Path guide = Fixtures.write(
                guides.resolve("controle.md"),
                Fixtures.guide("x", 1, "Texte.")
                        .replace("title: \"x\"", "title: \"Un \\x01 titre\"\ndescription: \"\\uFFFF\""));
        Cli.Run run = Cli.run(guides, "--out", out);
        assertTrue(
                run.out().contains(guide + ":2:8: error: The title holds an invisible control character (U+0001)"),
                run::all);
        assertTrue(
                run.out()
                        .contains(guide + ":3:14: error: The description holds an invisible control character "
                                + "(U+FFFF)"),
                run::all);
        assertFalse(run.out().contains("could not be made"), run::all);
    }

    @Test
    void theRealEntryPointReturnsTheSameStatus() {
        assertEquals(1, Main.run(guides.toString(), "--out", out.toString()));
    }

    @Test
    void aGuideThatBreaksKeepsItsOlderOutputsByteForByte() throws Exception {
        Path guide = guides.resolve(FRANCE_CONNECT + ".md");
        assertEquals(1, Cli.run(guides, "--out", out).status());
        Path[] pdfs = {
            out.resolve(Edition.HANDOUT.fileName(FRANCE_CONNECT)),
            out.resolve(Edition.ACCESSIBLE.fileName(FRANCE_CONNECT))
        };
        byte[][] before = new byte[pdfs.length][];
        FileTime[] times = new FileTime[pdfs.length];
        for (int i = 0; i < pdfs.length; i++) {
            before[i] = Files.readAllBytes(pdfs[i]);
            // an old time, so that a rewrite with the same bytes would still show
            times[i] = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(pdfs[i], times[i]);
        }

        Files.writeString(guide, Files.readString(guide).replace("steps: 7", "steps: 9"));
        Cli.Run run = Cli.run(guides, "--out", out);

        assertEquals(1, run.status());
        assertTrue(run.out().contains("FAILED " + guide), run::all);
        for (int i = 0; i < pdfs.length; i++) {
            assertArrayEquals(before[i], Files.readAllBytes(pdfs[i]), pdfs[i] + " was changed");
            assertEquals(times[i], Files.getLastModifiedTime(pdfs[i]), pdfs[i] + " was rewritten");
        }
    }

    @Test
    void noTemporaryFileIsLeftInTheOutputFolder() throws IOException {
        Cli.run(guides, "--out", out);
        Path changed = guides.resolve(FRANCE_CONNECT + ".md");
        Files.writeString(changed, Files.readString(changed) + "\nUne phrase de plus.\n");
        Cli.run(guides, "--out", out); // replaces that guide's PDFs
        Fixtures.write(guides.resolve(WHATSAPP + ".md"), "---\ntitle: cassé\n"); // now broken: keeps its outputs
        Cli.run(guides, "--out", out);

        List<Path> files = Fixtures.filesIn(out);
        assertEquals(4, Fixtures.pdfsIn(out).size(), files::toString);
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            assertFalse(
                    name.contains(".part") || name.endsWith(".tmp") || name.endsWith("~") || name.matches(".*\\.pdf.+"),
                    () -> "left over: " + f);
        }
    }

    @Test
    void aWrongSizeIsAUsageErrorAndWritesNothing() {
        Cli.Run run = Cli.run(guides, "--out", out, "--size", "19");
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("--size must be 18, 20 or 24"), run::all);
        assertFalse(Files.exists(out));
        assertEquals(2, Main.run(guides.toString(), "--out", out.toString(), "--size", "19"));
    }

    @Test
    void aMissingFolderIsAUsageErrorAndWritesNothing() {
        Path missing = tmp.resolve("pas-de-dossier");
        Cli.Run run = Cli.run(missing, "--out", out);
        assertEquals(2, run.status(), run::all);
        assertTrue(run.err().contains("no folder of guides at " + missing), run::all);
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownOptionOrEditionIsAUsageError() {
        assertEquals(2, Cli.run(guides, "--out", out, "--edition", "poster").status());
        assertEquals(2, Cli.run(guides, "--out", out, "--colour").status());
        assertFalse(Files.exists(out));
    }

    @Test
    void handoutEditionWritesOnlyTheHandouts() throws IOException {
        Cli.Run run = Cli.run(guides, "--out", out, "--edition", "handout");
        assertEquals(1, run.status(), run::all);
        assertEquals(
                List.of(
                        out.resolve(Edition.HANDOUT.fileName(FRANCE_CONNECT)),
                        out.resolve(Edition.HANDOUT.fileName(WHATSAPP))),
                Fixtures.pdfsIn(out));
    }

    @Test
    void accessibleEditionWritesOnlyTheAccessibleOnesWhateverTheCase() throws IOException {
        Cli.Run run = Cli.run(guides, "--out", out, "--edition", "ACCESSIBLE");
        assertEquals(1, run.status(), run::all);
        assertEquals(
                List.of(
                        out.resolve(Edition.ACCESSIBLE.fileName(FRANCE_CONNECT)),
                        out.resolve(Edition.ACCESSIBLE.fileName(WHATSAPP))),
                Fixtures.pdfsIn(out));
    }

    @Test
    void aFolderOfGoodGuidesExitsZero() throws IOException {
        Files.delete(guides.resolve(NO_TITLE + ".md"));
        Files.delete(guides.resolve(WRONG_COUNT + ".md"));
        Cli.Run run = Cli.run(guides, "--out", out);
        assertEquals(0, run.status(), run::all);
        assertEquals(4, Fixtures.pdfsIn(out).size());
    }

    @Test
    void outcomesComeInFileNameOrderWhateverTheThreads() throws IOException {
        List<Path> files = Batch.guidesIn(guides);
        List<Outcome> outcomes = new Batch(new CheckingOnly(), fiches.TestFiles.coverage(), 4).run(files, o -> {});
        assertEquals(files, outcomes.stream().map(Outcome::file).toList());
        assertEquals(
                List.of(false, false, true, true),
                outcomes.stream().map(Outcome::failed).toList(),
                outcomes::toString);
    }
}
