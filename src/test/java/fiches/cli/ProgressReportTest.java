package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees in a terminal: a bar while the guides are made, then what to read, in French. */
class ProgressReportTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream bar = new ByteArrayOutputStream();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ProgressReport report(boolean checkOnly, Path outFolder) {
        PrintWriter o = new PrintWriter(out, true);
        return new ProgressReport(
                new TextReport(o, new PrintWriter(err, true), checkOnly),
                o,
                new PrintStream(bar, true, StandardCharsets.UTF_8),
                checkOnly,
                outFolder);
    }

    private static Outcome made(String name) {
        return new Outcome(Path.of("guides", name), List.of(), List.of(Path.of("out", name + ".pdf")));
    }

    private static Outcome failed(String name) {
        return new Outcome(
                Path.of("guides", name),
                List.of(Problem.error(
                        Path.of("guides", name),
                        3,
                        Kind.FRONT_MATTER_MISSING,
                        "the guide has no front matter",
                        "start it with ---")),
                List.of());
    }

    @Test
    void drawsABarThenPrintsOnlyTheGuidesToReadAndASummaryInFrench() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(folder.resolve("index.html"), "<!doctype html>");
        ProgressReport report = report(false, folder);
        List<Outcome> outcomes = List.of(made("a.md"), failed("b.md"), made("c.md"));
        report.starting(outcomes.size());
        outcomes.forEach(report::guide);
        report.summary(outcomes);

        String drawn = bar.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("3/3"), drawn);
        assertTrue(drawn.contains("100%"), drawn);
        String text = out.toString();
        assertFalse(text.contains("done   "), "a guide made needs no line of its own: " + text);
        assertTrue(text.contains("FAILED " + Path.of("guides", "b.md")), text);
        assertTrue(text.contains("fix: start it with ---"), text);
        assertTrue(text.contains("3 fiches\u00a0: 2 faites, 1 en échec."), text);
        assertTrue(text.contains("La fiche en échec est expliquée plus haut"), text);
        assertTrue(text.contains("Vos PDF sont dans le dossier\u00a0: " + folder.toAbsolutePath()), text);
        assertTrue(
                text.contains("Le catalogue de toutes les fiches\u00a0: "
                        + folder.resolve("index.html").toAbsolutePath()),
                text);
    }

    @Test
    void namesTheCatalogueOnlyWhenThereIsOne() {
        ProgressReport report = report(false, tmp.resolve("out"));
        report.starting(1);
        report.guide(made("a.md"));
        report.summary(List.of(made("a.md")));
        assertTrue(out.toString().contains("1 fiche\u00a0: 1 faite, 0 en échec."), out::toString);
        assertFalse(out.toString().contains("catalogue"), out::toString);
    }

    @Test
    void checkingCountsCorrectGuidesAndPointsToNoPdf() {
        ProgressReport report = report(true, tmp.resolve("out"));
        List<Outcome> outcomes = List.of(made("a.md"), made("b.md"));
        report.starting(2);
        outcomes.forEach(report::guide);
        report.summary(outcomes);
        assertTrue(out.toString().contains("2 fiches\u00a0: 2 correctes, 0 en échec."), out::toString);
        assertFalse(out.toString().contains("PDF"), out::toString);
    }

    @Test
    void aRunWithoutGuidesSaysWhereToPutThem() {
        ProgressReport report = report(false, tmp.resolve("out"));
        report.starting(0);
        report.summary(List.of());
        assertTrue(
                out.toString()
                        .contains("Aucune fiche trouvée\u00a0: mettez vos fichiers .md dans le dossier des guides"),
                out::toString);
    }

    @Test
    void aNoticeOfTheRunIsPrintedAfterTheBarNotAcrossIt() {
        ProgressReport report = report(false, tmp.resolve("out"));
        report.starting(1);
        report.notice(new Notice(
                fiches.problem.Kind.OUTPUT_FAILED, "the output folder cannot be written", "choose another --out"));
        assertEquals("", err.toString(), "nothing may be printed while the bar is drawn");
        report.guide(made("a.md"));
        report.summary(List.of(made("a.md")));
        assertTrue(err.toString().contains("error: the output folder cannot be written"), err::toString);
    }
}
