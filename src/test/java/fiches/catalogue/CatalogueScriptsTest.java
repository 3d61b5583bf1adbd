package fiches.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page of one guide in several scripts ({@link ScriptsCatalogue}): each entry's language, direction and search words. */
class CatalogueScriptsTest {
    private final Document page = Jsoup.parse(new String(ScriptsCatalogue.page(), StandardCharsets.UTF_8));

    private Element entry(String lang) {
        return page.select("li.guide[lang=" + lang + "]").first();
    }

    @ParameterizedTest
    @CsvSource({"ar, rtl", "fa, rtl", "tr, ltr", "uk, ltr", "ru, ltr", "en, ltr", "fr, ltr"})
    void eachEntryHasItsLanguagesDirection(String lang, String dir) {
        assertEquals(dir, entry(lang).attr("dir"));
        assertEquals(dir, LanguageNames.direction(lang));
    }

    @Test
    void thePagesWordsInARightToLeftEntryAreMarkedFrenchAndLeftToRight() {
        Element arabic = entry("ar");
        for (String part : List.of(".facts", ".also", ".date", ".actions")) {
            assertEquals("fr", arabic.selectFirst(part).attr("lang"), part);
            assertEquals("ltr", arabic.selectFirst(part).attr("dir"), part);
        }
    }

    @Test
    void theOriginalListsEveryTranslationNamedInItsOwnLanguageAndScript() {
        Element also = page.select("li.guide").stream()
                .filter(li -> li.selectFirst("h3").text().equals("Comment utiliser France Connect"))
                .findFirst()
                .orElseThrow()
                .selectFirst(".also");
        assertEquals(
                List.of("العربية", "English", "فارسی", "Русский", "Türkçe", "Українська"),
                also.select("a").eachText());
        assertEquals(
                List.of("ar", "en", "fa", "ru", "tr", "uk"), also.select("a").eachAttr("hreflang"));
        assertEquals("rtl", also.selectFirst("a[lang=ar]").attr("dir"));
        for (Element a : also.select("a")) {
            Element target = page.getElementById(a.attr("href").substring(1));
            assertEquals(a.attr("hreflang"), target.attr("lang"), a::toString);
        }
        assertTrue(also.wholeText().startsWith("Aussi en\u00A0:"), also::wholeText);
        // a translation lists the original and the others, not itself
        List<String> fromArabic = entry("ar").select(".also a").eachAttr("hreflang");
        assertEquals(List.of("fr", "en", "fa", "ru", "tr", "uk"), fromArabic);
    }

    @Test
    void theSearchWordsOfArabicPersianTurkishAndRussianAreFolded() {
        String arabic = " " + entry("ar").attr("data-search") + " ";
        assertTrue(arabic.contains(" ادخل كلمه المرور للدخول الي "), arabic);
        assertTrue(arabic.contains(" كيف تستخدم "), arabic);
        String persian = " " + entry("fa").attr("data-search") + " ";
        assertTrue(persian.contains(" ميشويد ") && persian.contains(" كانكت "), persian);
        String turkish = " " + entry("tr").attr("data-search") + " ";
        assertTrue(turkish.contains(" nasil kullanilir ") && turkish.contains(" internetteki "), turkish);
        assertTrue(
                entry("ru").attr("data-search").contains("еще один"),
                entry("ru").attr("data-search"));
    }

    @Test
    void theChoiceOfLanguageOffersEveryLanguageOfThePage() {
        assertEquals(
                List.of("", "fr", "ar", "en", "fa", "ru", "tr", "uk"),
                page.select("#languages input").eachAttr("value"));
        assertEquals(
                "rtl", page.selectFirst("#languages input[value=ar] + span").attr("dir"));
    }
}
