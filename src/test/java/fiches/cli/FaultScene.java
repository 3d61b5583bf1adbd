package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A folder with a good guide beside a bad input, and the promises every run over it keeps: the
 * good guide's PDFs are made, the bad input is named with a message and a fix, no stack trace
 * is printed, the summary and a valid JSON report come out, the bad guide's older PDFs are kept.
 */
final class FaultScene {
    static final String GOOD = Fixtures.FRANCE_CONNECT;
    static final String GOOD_TITLE = "Comment utiliser France Connect";

    final Path guides;
    final Path out;

    FaultScene(Path tmp) throws IOException {
        guides = tmp.resolve("guides");
        out = tmp.resolve("out");
        Fixtures.copySample(GOOD, guides);
    }

    Path guide(String slug) {
        return guides.resolve(slug + ".md");
    }

    Path pdf(String slug, Edition edition) {
        return out.resolve(edition.fileName(slug));
    }

    /** Makes PDFs of {@code slug} from a valid guide, as an earlier run would have; returns their bytes. */
    Map<Edition, byte[]> olderPdfs(String slug) throws IOException {
        Fixtures.write(guide(slug), Fixtures.guide("Ancienne version", 1, "Texte d'avant."));
        Cli.Run first = Cli.run(guides, "--out", out);
        assertEquals(0, first.status(), first::all);
        Map<Edition, byte[]> bytes = new EnumMap<>(Edition.class);
        for (Edition e : Edition.pdfs()) {
            bytes.put(e, Files.readAllBytes(pdf(slug, e)));
        }
        return bytes;
    }

    void assertKept(String slug, Map<Edition, byte[]> before) throws IOException {
        for (Edition e : Edition.pdfs()) {
            assertArrayEquals(before.get(e), Files.readAllBytes(pdf(slug, e)), pdf(slug, e) + " was changed");
        }
    }

    /** The good guide's PDFs, opened: the right title on at least one page. */
    void assertGoodMade() throws IOException {
        for (Edition e : Edition.pdfs()) {
            Path pdf = pdf(GOOD, e);
            assertTrue(Fixtures.pageCount(pdf) >= 1, pdf::toString);
            assertEquals(GOOD_TITLE, Fixtures.pdfTitle(pdf), pdf::toString);
        }
    }

    /**
     * The text report names the bad file on a FAILED line with its message; no stack trace.
     *
     * @return the bad guide's lines of the report
     */
    static String assertFailedInText(Cli.Run run, Path bad, String message, String summary) {
        assertTrue(run.out().contains("FAILED " + bad + "\n"), run::all);
        assertTrue(run.out().contains(bad + ": error: "), run::all);
        assertTrue(run.out().contains(message), run::all);
        assertTrue(run.out().contains("       fix: "), run::all);
        assertTrue(run.out().contains("\n" + summary + "\n"), run::all);
        assertNoStackTrace(run);
        return run.out();
    }

    static void assertNoStackTrace(Cli.Run run) {
        for (String trace : List.of("\tat ", "Exception in thread", "Caused by:", "at fiches.", "at java.")) {
            assertFalse(run.out().contains(trace) || run.err().contains(trace), () -> "a stack trace: " + run.all());
        }
    }

    /** The JSON report parsed; the bad guide's entry checked: failed, of that kind, with a message and a fix. */
    static Map<?, ?> assertFailedInJson(Cli.Run run, Path bad, String kind) {
        assertNoStackTrace(run);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        Map<?, ?> entry = result(report, bad);
        assertEquals("failed", entry.get("status"), run::all);
        assertEquals(List.of(), entry.get("outputs"), run::all);
        Map<?, ?> message = (Map<?, ?>) ((List<?>) entry.get("messages")).get(0);
        assertEquals("error", message.get("severity"));
        if (kind != null) {
            assertEquals(kind, message.get("kind"), run::all);
        }
        assertFalse(((String) message.get("message")).isBlank(), run::all);
        assertFalse(((String) message.get("fix")).isBlank(), run::all);
        return report;
    }

    static Map<?, ?> result(Map<?, ?> report, Path file) {
        return ((List<?>) report.get("results"))
                .stream()
                        .map(r -> (Map<?, ?>) r)
                        .filter(r -> file.toString().equals(r.get("file")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(file + " not in " + report));
    }
}
