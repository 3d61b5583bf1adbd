package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Batch;
import fiches.batch.Fixtures;
import fiches.problem.Problems;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line tells its user: checks that write nothing, and a report tools can read. */
class CliReportTest {
    @TempDir
    Path tmp;

    @Test
    void checkOnTheSampleGuidesSucceedsAndWritesNoPdf() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run(Fixtures.SAMPLES, "--check", "--out", out);
        int guides = Batch.guidesIn(Fixtures.SAMPLES).size();
        assertEquals(0, run.status(), run::all);
        assertFalse(Files.exists(out), "--check must write nothing");
        assertEquals(guides, run.out().lines().filter(l -> l.startsWith("ok ")).count(), run::all);
        assertTrue(run.out().contains(guides + " guides: " + guides + " valid, 0 failed"), run::all);
    }

    @Test
    void checkWithOneBadGuideReturnsOneAndStillWritesNothing() throws IOException {
        Path guides = tmp.resolve("guides");
        Path out = tmp.resolve("out");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path bad = Fixtures.write(
                guides.resolve("trou.md"), Fixtures.guide("Trou", 2, "Texte.").replace("### Étape 2", "### Étape 3"));
        Cli.Run run = Cli.run(guides, "--check", "--out", out);
        assertEquals(1, run.status(), run::all);
        assertFalse(Files.exists(out), "--check must write nothing");
        assertTrue(run.out().contains("FAILED " + bad), run::all);
        assertTrue(run.out().contains(bad + ":13: error: This is step 2 but its heading says 3."), run::all);
        assertTrue(run.out().contains("2 guides: 1 valid, 1 failed"), run::all);
    }

    @Test
    void jsonReportIsOneDocumentWithEveryGuideItsOutputsAndMessages() throws IOException {
        Path guides = tmp.resolve("guides");
        Path out = tmp.resolve("out");
        Path good = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        // a file name with a quote and a backslash, an HTML snippet with a quote, a newline, a tab and
        // a control character: each must come out escaped
        Path bad = Fixtures.write(
                guides.resolve("mal \"cité\" \\ ici.md"),
                Fixtures.guide("Cassé", 1, "<div title=\"a\">\nligne\t2 \u0007\n</div>"));

        Cli.Run run = Cli.run(guides, "--out", out, "--report", "json");

        assertEquals(1, run.status(), run::all);
        assertTrue(run.out().startsWith("{\"guides\":"), run::all);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        assertEquals(2L, report.get("guides"));
        assertEquals(1L, report.get("failed"));
        List<?> results = (List<?>) report.get("results");
        assertEquals(2, results.size());

        Map<?, ?> ok = (Map<?, ?>) results.get(0);
        assertEquals(good.toString(), ok.get("file"));
        assertEquals("ok", ok.get("status"));
        assertEquals(
                List.of(
                        out.resolve(Edition.HANDOUT.fileName(Fixtures.FRANCE_CONNECT))
                                .toString(),
                        out.resolve(Edition.ACCESSIBLE.fileName(Fixtures.FRANCE_CONNECT))
                                .toString(),
                        out.resolve(Edition.WEB.fileName(Fixtures.FRANCE_CONNECT))
                                .toString()),
                ok.get("outputs"));
        assertEquals(List.of(), ok.get("messages"));

        Map<?, ?> failed = (Map<?, ?>) results.get(1);
        assertEquals(bad.toString(), failed.get("file"), "the name survives escaping");
        assertEquals("failed", failed.get("status"));
        assertEquals(List.of(), failed.get("outputs"));
        Map<?, ?> message = (Map<?, ?>) ((List<?>) failed.get("messages")).get(0);
        assertEquals("error", message.get("severity"));
        assertEquals("RAW_HTML", message.get("kind"));
        assertEquals(11L, message.get("line"));
        String text = (String) message.get("message");
        assertTrue(text.contains("<div title=\"a\">\nligne\t2 \u0007"), text);
        assertFalse(((String) message.get("fix")).isBlank());
        // and on the wire, as escapes
        assertTrue(run.out().contains("\"status\":\"failed\""), run::all);
        assertTrue(run.out().contains("\"kind\":\"RAW_HTML\",\"line\":11,"), run::all);
        assertTrue(run.out().contains("<div title=\\\"a\\\">\\nligne\\t2 \\u0007"), run::all);
        assertTrue(run.out().contains("mal \\\"cité\\\" \\\\ ici.md"), run::all);
    }

    @Test
    void jsonReportOfACheckListsNoOutputs() throws IOException {
        Path guides = tmp.resolve("guides");
        Fixtures.copySample(Fixtures.WHATSAPP, guides);
        Fixtures.write(
                guides.resolve("sans-titre.md"),
                Fixtures.guide("x", 1, "Texte.").replace("title: \"x\"\n", ""));
        Cli.Run run = Cli.run(guides, "--check", "--report", "JSON", "--out", tmp.resolve("out"));
        assertEquals(1, run.status(), run::all);
        Map<?, ?> report = (Map<?, ?>) Json.parse(run.out());
        List<?> results = (List<?>) report.get("results");
        assertEquals(
                List.of("ok", "failed"),
                results.stream().map(r -> ((Map<?, ?>) r).get("status")).toList());
        results.forEach(r -> assertEquals(List.of(), ((Map<?, ?>) r).get("outputs")));
        Map<?, ?> missing = (Map<?, ?>) ((List<?>) ((Map<?, ?>) results.get(1)).get("messages")).get(0);
        assertEquals("MISSING_KEY", missing.get("kind"));
        assertEquals(1L, missing.get("line"));
        assertTrue(
                ((String) missing.get("fix")).contains("title: \"Comment utiliser France Connect\""),
                missing::toString);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void jsonReportOfAnEmptyFolderIsStillOneDocument() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("vide"));
        Cli.Run run = Cli.run(empty, "--report", "json", "--out", tmp.resolve("out"));
        assertEquals(0, run.status(), run::all);
        assertEquals(Map.of("guides", 0L, "failed", 0L, "results", List.of()), Json.parse(run.out()));
    }

    /** A guide of 260 unknown keys: the report lists the first {@link Problems#KEPT} and counts the rest. */
    @Test
    void aGuideWithHundredsOfProblemsIsReportedBoundedAndSaysHowManyWereLeftOut() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 260; i++) {
            keys.append("cle").append(i).append(": x\n");
        }
        Path guides = tmp.resolve("guides");
        Fixtures.write(
                guides.resolve("cles.md"),
                Fixtures.guide("Clés", 1, "Texte.").replace("lang: fr\n", "lang: fr\n" + keys));
        int more = 260 - Problems.KEPT;

        Cli.Run json = Cli.run(guides, "--check", "--report", "json");
        assertEquals(0, json.status(), json::all);
        Map<?, ?> result = (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(json.out())).get("results")).get(0);
        assertEquals(Problems.KEPT, ((List<?>) result.get("messages")).size(), json::all);
        assertEquals((long) more, result.get("messages_left_out"), json::all);

        Cli.Run text = Cli.run(guides, "--check");
        assertEquals(
                Problems.KEPT,
                text.out().lines().filter(l -> l.contains(": warning: ")).count(),
                text::all);
        assertTrue(text.out().contains("and " + more + " more problems not listed"), text::all);
    }

    @Test
    void anUnknownReportFormatIsAUsageError() {
        Cli.Run run = Cli.run(Fixtures.SAMPLES, "--check", "--report", "xml");
        assertEquals(2, run.status(), run::all);
        assertEquals("", run.out());
    }

    @Test
    void theJsonReaderRejectsWhatIsNotJson() {
        for (String notJson :
                new String[] {"{\"a\":\"x\ny\"}", "{\"a\":1}{}", "{\"a\":1,}", "{a:1}", "[\"\\x\"]", "{\"a\":1,\"a\":2}"
                }) {
            assertTrue(rejected(notJson), notJson);
        }
        assertEquals(List.of("\"\n\u0007"), Json.parse("[\"\\\"\\n\\u0007\"]"));
    }

    private static boolean rejected(String text) {
        try {
            Json.parse(text);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
