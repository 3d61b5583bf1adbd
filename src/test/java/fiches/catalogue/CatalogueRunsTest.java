package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.cli.Cli;
import fiches.pdf.FirstPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the catalogue says across runs: guides that fail, other languages, and the option to skip it. */
class CatalogueRunsTest {
    private static final String TITLE = "Comment utiliser France Connect";

    @TempDir
    Path dir;

    @Test
    void aGuideThatFailsIsListedOnlyByItsOlderPdfsMarkedWithTheirDate() throws IOException {
        Path guides = dir.resolve("guides");
        Path guide = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());
        Files.writeString(guide, Files.readString(guide).replace("steps: 7", "steps: 8"));

        Cli.Run failed = Cli.run(guides, "--out", out);

        assertEquals(1, failed.status(), failed.all());
        Element e = page(out).select("li.guide").first();
        assertEquals(TITLE, e.selectFirst("h3").text());
        assertEquals(
                "Ancienne version, du 30\u00A0janvier 2026\u00A0: la fiche n’a pas pu être refaite.",
                e.selectFirst(".older").wholeText());
        assertTrue(e.select(".date").isEmpty(), "not shown as up to date");
        assertEquals(
                "comment-utiliser-france-connect-grands-caracteres.pdf",
                e.selectFirst("a.print").attr("href"));

        Files.delete(out.resolve("comment-utiliser-france-connect-grands-caracteres.pdf"));
        Files.delete(out.resolve("comment-utiliser-france-connect-accessible.pdf"));
        assertEquals(1, Cli.run(guides, "--out", out).status());
        assertTrue(page(out).select("li.guide").isEmpty(), "no PDF left: nothing to offer");
    }

    @Test
    void thePageIsInTheLanguageOfMostGuidesAndEachGuideKeepsItsOwn() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        for (String name : new String[] {"email", "photo"}) {
            Fixtures.write(
                    guides.resolve(name + ".md"),
                    "---\ntitle: \"Send an " + name + "\"\nsteps: 1\nlang: en\n"
                            + "category: health\n---\n\n## Steps\n\n### Step 1: Open it\n\nTap **Send**.\n");
        }
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());

        Document page = page(out);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Guide catalogue", page.selectFirst("h1").text());
        assertEquals(
                java.util.List.of("Government services", "Health"),
                page.select("section.theme h2").eachText());
        Element french = page.select("li.guide").stream()
                .filter(li -> li.selectFirst("h3").text().equals(TITLE))
                .findFirst()
                .orElseThrow();
        assertEquals("fr", french.attr("lang"));
        assertEquals("en", french.selectFirst(".facts").attr("lang"), "the page's words in a French entry");
        assertEquals("en", page.select("li.guide").last().attr("lang"), "an English guide says so on any page");
        assertEquals("", page.select("li.guide").last().selectFirst(".facts").attr("lang"));
    }

    @Test
    void aRunThatChangedNothingLeavesThePageAndAChangedGuideRemakesIt() throws IOException {
        Path guides = dir.resolve("guides");
        Path guide = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());
        Path index = out.resolve("index.html");
        String marked = Files.readString(index).replace("</main>", "<p id=marker>left as it was</p></main>");
        Files.writeString(index, marked);

        assertEquals(0, Cli.run(guides, "--out", out).status());
        assertEquals(marked, Files.readString(index), "nothing changed: the page is not made again");

        Files.writeString(
                guide, Files.readString(guide).replace("Apprenez a vous connecter", "Apprenez à vous connecter"));
        assertEquals(0, Cli.run(guides, "--out", out).status());
        Document page = page(out);
        assertTrue(page.select("#marker").isEmpty(), "a changed guide makes the page again");
        assertTrue(page.selectFirst(".description").text().startsWith("Apprenez à vous connecter"));
    }

    @Test
    void aGuideWhosePdfIsUnchangedKeepsItsPictureAndAChangedOneIsDrawnAgain() throws IOException {
        Path guides = dir.resolve("guides");
        Path connect = Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path whatsapp = Fixtures.copySample(Fixtures.WHATSAPP, guides);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());
        // the picture of France Connect is swapped for a 1 × 1 one, which no PDF page gives
        Document before = page(out);
        String swapped = "data:image/png;base64," + Base64.getEncoder().encodeToString(onePixelPng());
        entry(before, TITLE).selectFirst("img").attr("src", swapped);
        Files.writeString(out.resolve("index.html"), before.outerHtml());

        Files.writeString(
                whatsapp, Files.readString(whatsapp).replace("Apprenez à appeler", "Apprenez vite à appeler"));
        assertEquals(0, Cli.run(guides, "--out", out).status());

        Document after = page(out);
        assertTrue(
                swapped.equals(entry(after, TITLE).selectFirst("img").attr("src")), "its PDF is the same: taken back");
        assertTrue(entry(after, "Faire un appel vidéo avec WhatsApp")
                .selectFirst(".description")
                .text()
                .startsWith("Apprenez vite"));
        assertEquals(297.0 / 210, aspect(entry(after, "Faire un appel vidéo avec WhatsApp")), 0.02, "drawn");

        Files.writeString(connect, Files.readString(connect).replace("date: \"2026-01-30\"", "date: \"2026-02-03\""));
        assertEquals(0, Cli.run(guides, "--out", out).status());
        assertEquals(297.0 / 210, aspect(entry(page(out), TITLE)), 0.02, "its PDF changed: drawn again");
    }

    @Test
    void aPictureOfAnOlderDrawingIsDrawnAgainThoughItsPdfIsUnchanged() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path whatsapp = Fixtures.copySample(Fixtures.WHATSAPP, guides);
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());
        // France Connect's picture as an older drawing left it: another picture, keyed by that drawing
        Document before = page(out);
        Element connect = entry(before, TITLE);
        String older = connect.attr("data-picture").replaceFirst("/\\d+$", "/" + (FirstPage.DRAWING - 1));
        connect.attr("data-picture", older);
        connect.selectFirst("img")
                .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(onePixelPng()));
        Files.writeString(out.resolve("index.html"), before.outerHtml());

        Files.writeString(
                whatsapp, Files.readString(whatsapp).replace("Apprenez à appeler", "Apprenez vite à appeler"));
        assertEquals(0, Cli.run(guides, "--out", out).status());

        Element after = entry(page(out), TITLE);
        assertTrue(after.attr("data-picture").endsWith("/" + FirstPage.DRAWING), after.attr("data-picture"));
        assertEquals(297.0 / 210, aspect(after), 0.02, "drawn again, as this drawing draws it");
    }

    @Test
    void thePageMadeFromWhatTheRunKeptIsThePageReadBackFromTheFiles() throws IOException {
        Path guides = dir.resolve("guides");
        for (String sample : new String[] {Fixtures.FRANCE_CONNECT, Fixtures.WHATSAPP}) {
            Fixtures.copySample(sample, guides);
        }
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(guides, "--out", out).status());
        byte[] kept = Files.readAllBytes(out.resolve("index.html"));
        Files.delete(out.resolve("index.html"));

        Cli.Run unchanged = Cli.run(guides, "--out", out);

        assertEquals(0, unchanged.status(), unchanged.all());
        assertTrue(unchanged.all().contains("0 rendered, 2 up to date"), "read back: " + unchanged.all());
        assertArrayEquals(
                kept,
                Files.readAllBytes(out.resolve("index.html")),
                "guides made in this run and guides read back from their PDFs give the same page");
    }

    @Test
    void aPageThatCannotBeWrittenIsAFailureOfFichesNamingItNotOfAGuide() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("index.html").resolve("in-the-way"));

        Cli.Run run = Cli.run(guides, "--out", out);

        assertEquals(3, run.status(), run.all());
        assertTrue(run.all().contains(out.resolve("index.html").toString()), run.all());
        assertFalse(run.all().contains("FAILED"), "no guide is blamed: " + run.all());
        assertTrue(Files.isRegularFile(out.resolve("comment-utiliser-france-connect-accessible.pdf")));
    }

    @Test
    void noCatalogueWritesNoPage() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path out = dir.resolve("out");

        assertEquals(0, Cli.run(guides, "--out", out, "--no-catalogue").status());

        assertFalse(Files.exists(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("comment-utiliser-france-connect-accessible.pdf")));
    }

    @Test
    void aCheckOnlyRunWritesNoPage() throws IOException {
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Path out = dir.resolve("out");

        assertEquals(0, Cli.run(guides, "--out", out, "--check").status());

        assertFalse(Files.exists(out.resolve("index.html")));
    }

    private static Element entry(Document page, String title) {
        return page.select("li.guide").stream()
                .filter(li -> li.selectFirst("h3").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title));
    }

    private static double aspect(Element entry) throws IOException {
        String src = entry.selectFirst("img").attr("src");
        BufferedImage picture =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        return (double) picture.getHeight() / picture.getWidth();
    }

    private static byte[] onePixelPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        return png.toByteArray();
    }

    private static Document page(Path out) throws IOException {
        return Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    }
}
