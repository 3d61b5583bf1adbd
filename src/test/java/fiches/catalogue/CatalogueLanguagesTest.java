package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection in French and English (src/test/resources/translations, which the build also opens in
 * Chromium): each entry in its own language, its translations linked, a choice of language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueLanguagesTest {
    static final Path LANGUAGES = Path.of("src", "test", "resources", "translations");
    private static final String FRENCH = "Envoyer une photo par courriel";
    private static final String ENGLISH = "Send a photo by e-mail";
    private static final String ALONE = "Recharger son téléphone";

    private Document page;
    private Cli.Run run;

    @BeforeAll
    void render(@TempDir Path dir) throws IOException {
        Path guides = dir.resolve("guides");
        Files.createDirectories(guides);
        try (var files = Files.list(LANGUAGES)) {
            for (Path f : files.toList()) {
                Files.copy(f, guides.resolve(f.getFileName().toString()));
            }
        }
        Fixtures.write(
                guides.resolve("typo.md"),
                Fixtures.guide("Une fiche mal liée", 1, "Ok.")
                        .replace("lang: fr\n", "lang: fr\ntranslation_of: envoyer-une-photo\n"));
        Path out = dir.resolve("out");
        run = Cli.run(guides, "--out", out, "--edition", "handout");
        assertEquals(0, run.status(), run.all());
        page = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    }

    private Element entry(String title) {
        Element h3 = page.select("li.guide h3").stream()
                .filter(h -> h.text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no entry " + title + " in " + page.select("h3").eachText()));
        return h3.closest("li.guide");
    }

    @Test
    void eachEntryCarriesItsOwnLanguageAndDirection() {
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
        assertEquals("en", entry(ENGLISH).attr("lang"));
        assertEquals("ltr", entry(ENGLISH).attr("dir"));
        assertEquals("fr", entry(FRENCH).attr("lang"));
        assertEquals("fr", entry(ALONE).attr("lang"));
        // the page's own words inside the English entry are marked French, for the screen reader's voice
        assertEquals("fr", entry(ENGLISH).selectFirst(".facts").attr("lang"));
        assertEquals("fr", entry(ENGLISH).selectFirst(".actions").attr("lang"));
        assertEquals("", entry(FRENCH).selectFirst(".facts").attr("lang"));
    }

    @Test
    void anOriginalAndItsTranslationLinkToEachOtherInTheirOwnLanguages() {
        Element fr = entry(FRENCH);
        Element en = entry(ENGLISH);
        assertEquals("Aussi en\u00A0: English", fr.selectFirst(".also").wholeText());
        Element toEnglish = fr.selectFirst(".also a");
        assertEquals("#" + en.id(), toEnglish.attr("href"));
        assertEquals("en", toEnglish.attr("hreflang"));
        assertEquals("en", toEnglish.attr("lang"));
        Element toFrench = en.selectFirst(".also a");
        assertEquals("Français", toFrench.text());
        assertEquals("#" + fr.id(), toFrench.attr("href"));
        assertEquals("fr", en.selectFirst(".also").attr("lang"));
        assertNull(entry(ALONE).selectFirst(".also"));
        assertNull(entry("Une fiche mal liée").selectFirst(".also"));
    }

    @Test
    void theChoiceOfLanguageOffersEachLanguageNamedInItselfAndIsHiddenWithoutScript() {
        Element set = page.selectFirst("#search #languages");
        assertNotNull(set, "no choice of language");
        assertTrue(page.selectFirst("#search").hasAttr("hidden"));
        assertEquals("Langue", set.selectFirst("legend").text());
        List<String> values = set.select("input[type=radio][name=lang]").eachAttr("value");
        assertEquals(List.of("", "fr", "en"), values);
        assertTrue(set.selectFirst("input[value=\"\"]").hasAttr("checked"));
        assertEquals("Toutes les langues (4)", set.selectFirst("label").text());
        Element english = set.selectFirst("input[value=en]").parent();
        assertEquals("en", english.selectFirst("span").attr("lang"));
        assertEquals("English", english.selectFirst("span").text());
        assertEquals("English (1)", english.text());
        assertEquals(
                List.of("en", "fr", "fr", "fr"),
                page.select("li.guide").eachAttr("data-lang").stream().sorted().toList());
    }

    @Test
    void aTranslationOfNoGuideOfTheFolderIsAWarningWithItsLine() {
        assertTrue(
                run.out().contains("typo.md:5") && run.out().contains("translation_of names 'envoyer-une-photo'"),
                run.all());
        assertTrue(run.out().contains("translation_of: envoyer-une-photo-par-courriel"), run.all());
    }
}
