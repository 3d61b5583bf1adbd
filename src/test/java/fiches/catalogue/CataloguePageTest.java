package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.cli.Cli;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue page a run writes beside its PDFs, read back as a browser would parse it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePageTest {
    private static final String HOSTILE = "Un titre <script>alert(1)</script> & \"guillemets\"";

    private Path dir;
    private Path out;
    private Document page;

    @BeforeAll
    void renderFourGuidesAndOneBroken(@TempDir Path dir) throws IOException {
        this.dir = dir;
        Path guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Fixtures.copySample(Fixtures.WHATSAPP, guides);
        Fixtures.write(
                guides.resolve("balise.md"),
                Fixtures.guide(HOSTILE.replace("\"", "\\\""), 1, "Tapez le mot **ordonnance**."));
        Fixtures.write(guides.resolve("nom avec # et ?.md"), Fixtures.guide("Un nom de fichier difficile", 2, "Ok."));
        Fixtures.write(
                guides.resolve("casse.md"),
                Fixtures.guide("Cassé", 3, "Il manque des étapes.").replace("steps: 3", "steps: 9"));
        out = dir.resolve("out");
        Cli.Run run = Cli.run(guides, "--out", out);
        assertEquals(1, run.status(), run.all());
        page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void everyGuideMadeIsListedOnceAndTheBrokenOneIsNot() {
        List<String> titles = page.select("li.guide h3").eachText();
        assertEquals(4, titles.size(), titles.toString());
        assertEquals(
                1,
                titles.stream()
                        .filter("Comment utiliser France Connect"::equals)
                        .count(),
                titles.toString());
        assertEquals(
                1,
                titles.stream()
                        .filter("Faire un appel vidéo avec WhatsApp"::equals)
                        .count());
        assertEquals(
                1, titles.stream().filter("Un nom de fichier difficile"::equals).count());
        assertFalse(titles.contains("Cassé"), titles.toString());
        assertTrue(page.select("a[href*=casse]").isEmpty());
    }

    @Test
    void aGuideShowsItsFactsInFrench() throws IOException {
        Element e = entry("Comment utiliser France Connect");
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertTrue(e.selectFirst(".description").text().startsWith("Apprenez a vous connecter"), e.text());
        assertEquals("Démarches administratives", e.selectFirst(".theme dd").text());
        assertEquals("moyen", e.selectFirst(".level dd").text());
        assertEquals("site internet", e.selectFirst(".device dd").text());
        assertEquals("7 étapes", e.selectFirst(".size dd span").text());
        int pages = pages(out.resolve("comment-utiliser-france-connect-grands-caracteres.pdf"));
        assertEquals(pages + " pages", e.selectFirst(".pages").text());
        assertEquals(
                "Mis à jour le 30\u00A0janvier 2026", e.selectFirst(".date").wholeText());
        long kb = (Files.size(out.resolve("comment-utiliser-france-connect-accessible.pdf")) + 1023) / 1024;
        assertTrue(
                e.selectFirst("a.send").text().endsWith("(PDF, " + kb + " Ko)"),
                e.selectFirst("a.send").text());
        assertEquals(
                "comment-utiliser-france-connect-grands-caracteres.pdf",
                e.selectFirst("a.print").attr("href"));
    }

    @Test
    void guidesAreGroupedByThemeThenTitleWithGuidesWithoutThemeLast() {
        List<String> themes = page.select("section.theme > h2").eachText();
        assertEquals(List.of("Communication", "Démarches administratives", "Autres fiches"), themes);
        assertEquals(
                List.of("Un nom de fichier difficile", HOSTILE),
                page.select("section.theme").last().select("li.guide h3").eachText());
    }

    @Test
    void theThumbnailIsTheHandoutsFirstPageAsASmallDecorativePng() throws IOException {
        for (Element img : page.select("li.guide img")) {
            assertEquals("", img.attr("alt"));
            assertTrue(img.hasAttr("alt"));
            String src = img.attr("src");
            assertTrue(src.startsWith("data:image/png;base64,"), src.substring(0, 30));
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))));
            assertTrue(picture.getWidth() < 300 && picture.getWidth() > 100, "width " + picture.getWidth());
            assertEquals(297.0 / 210, (double) picture.getHeight() / picture.getWidth(), 0.02, "an A4 page");
        }
        assertEquals(4, page.select("li.guide img").size());
    }

    @Test
    void everyLinkLeadsToAFileBesideThePageOrToAPlaceInIt() {
        assertFalse(page.select("a[href]").isEmpty());
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            URI uri = URI.create(href);
            assertEquals(null, uri.getScheme(), href);
            assertEquals(null, uri.getAuthority(), href);
            if (href.startsWith("#")) {
                assertTrue(page.getElementById(href.substring(1)) != null, href);
            } else {
                assertFalse(uri.getPath().startsWith("/") || uri.getPath().contains(".."), href);
                assertTrue(Files.isRegularFile(out.resolve(uri.getPath())), href + " names no file in " + out);
            }
        }
        assertTrue(
                page.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("%23")),
                "the file name with # is linked, escaped");
    }

    @Test
    void nothingIsLoadedFromElsewhere() {
        assertTrue(page.select("link, iframe, object, embed, script[src], img:not([src^=data:])")
                .isEmpty());
        String html = page.outerHtml();
        assertFalse(
                html.contains("http://") || html.contains("https://") || html.contains("url("),
                "no address in the page's style or script");
        assertFalse(html.contains("cookie") || html.contains("localStorage"));
    }

    @Test
    void aGuidesTextIsTextNeverMarkup() {
        assertEquals(1, page.select("script").size(), "only the page's own search script");
        assertEquals(HOSTILE, entry(HOSTILE).selectFirst("h3").text());
    }

    @Test
    void theSearchWordsHoldTheStepsWordsFoldedWithoutAccents() {
        String words = entry(HOSTILE).attr("data-search");
        assertTrue((" " + words + " ").contains(" ordonnance "), words);
        assertTrue((" " + words + " ").contains(" etape ") || words.contains("faire la chose"), words);
        assertFalse(words.contains("É") || words.contains("é"), words);
    }

    @Test
    void withoutScriptTheWholeListShowsAndTheSearchBoxIsHidden() {
        assertTrue(page.getElementById("search").hasAttr("hidden"));
        assertTrue(page.select("li.guide[hidden], section.theme[hidden]").isEmpty());
    }

    @Test
    void theSamePdfsGiveTheSamePageByteForByte() throws IOException {
        Path again = dir.resolve("again");
        Cli.Run run = Cli.run(dir.resolve("guides"), "--out", again);
        assertEquals(1, run.status(), run.all());
        assertArrayEquals(
                Files.readAllBytes(out.resolve("index.html")), Files.readAllBytes(again.resolve("index.html")));
    }

    private Element entry(String title) {
        return page.select("li.guide").stream()
                .filter(li -> li.selectFirst("h3").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title));
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
