package fiches.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fiches.guide.Category;
import fiches.guide.Difficulty;
import fiches.guide.Language;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The words Fiches adds follow the guide's language. */
class LabelsTest {
    private final Labels fr = new Labels(new Language("fr-FR"));
    private final Labels en = new Labels(new Language("en"));

    @Test
    void namesStepsWithAnAccentAndFrenchSpacing() {
        assertEquals("Étape\u00A03\u00A0: Trouver le bouton", fr.stepHeading(3, "Trouver le bouton"));
        assertEquals("Step\u00A03: Find the button", en.stepHeading(3, "Find the button"));
    }

    @Test
    void writesTheReviewDateInWords() {
        assertEquals("Mis à jour le 30\u00A0janvier 2026", fr.updated(LocalDate.of(2026, 1, 30)));
        assertEquals("Mis à jour le 1er\u00A0février 2026", fr.updated(LocalDate.of(2026, 2, 1)));
        assertEquals("Updated on 30 January 2026", en.updated(LocalDate.of(2026, 1, 30)));
    }

    @Test
    void writesDatesWithCldrsMonthsAndOrderInEveryLanguage() {
        assertEquals("14 de marzo de 2026", date("es", 2026, 3, 14));
        assertEquals("1º maggio 2026", date("it", 2026, 5, 1));
        assertEquals("9 de fevereiro de 2026", date("pt", 2026, 2, 9));
        assertEquals("1. Juli 2026", date("de-DE", 2026, 7, 1));
        assertEquals("22 septembrie 2026", date("ro", 2026, 9, 22));
        assertEquals("5 Ekim 2026", date("tr", 2026, 10, 5));
        assertEquals("1 квітня 2026 р.", date("uk", 2026, 4, 1));
        assertEquals("30 ноября 2026 г.", date("ru", 2026, 11, 30));
        assertEquals("15 يونيو 2026", date("ar", 2026, 6, 15));
        assertEquals("15 حزيران 2026", date("ar-LB", 2026, 6, 15), "the months as Lebanon names them");
        assertEquals("20 اوت 2026", date("fa", 2026, 8, 20), "Gregorian, with Persian month names");
        assertEquals("30 January 2026", date("en", 2026, 1, 30), "the collection's English keeps its pattern");
        assertEquals("1er\u00A0janvier 2026", date("fr", 2026, 1, 1));
    }

    private static String date(String tag, int year, int month, int day) {
        return new Labels(new Language(tag)).date(LocalDate.of(year, month, day));
    }

    @Test
    void translatesTheFacts() {
        assertEquals("Niveau\u00A0: moyen", fr.difficulty(Difficulty.MEDIUM));
        assertEquals("Level: hard", en.difficulty(Difficulty.HARD));
        assertEquals("Sur\u00A0: site internet", fr.platform("web"));
        assertEquals("Topic: Health", en.category("health"));
        assertEquals("Questions fréquentes", fr.faqTitle());
        assertEquals("Frequently asked questions", en.faqTitle());
    }

    @Test
    void everyLanguageFileHasExactlyTheKeysOfTheFrenchOne() {
        Set<String> french = new TreeSet<>(Labels.of("fr").keySet());
        assertFalse(french.isEmpty());
        for (String language : LanguageRules.known()) {
            Set<String> missing = new TreeSet<>(french);
            missing.removeAll(Labels.of(language).keySet());
            assertEquals(Set.of(), missing, language + ".properties lacks keys");
            Set<String> extra = new TreeSet<>(Labels.of(language).keySet());
            extra.removeAll(french);
            assertEquals(Set.of(), extra, language + ".properties has keys fr.properties does not document");
        }
    }

    @Test
    void namesEveryKnownCategoryInEveryLanguage() {
        for (String language : LanguageRules.known()) {
            Labels labels = new Labels(new Language(language));
            for (Category c : Category.values()) {
                String label = labels.category(c.slug());
                assertFalse(label.endsWith(c.slug()), language + " has no name for " + c.slug() + ": " + label);
            }
        }
        assertEquals("Thème\u00A0: Sécurité", fr.category("security"));
        assertEquals("Thème\u00A0: Équipement", fr.category("Equipment"));
        assertEquals("Thème\u00A0: Finances", fr.category("finance"));
    }

    @Test
    void printsAnUnknownCategoryAsWrittenWithACapital() {
        assertEquals("Thème\u00A0: Jardinage", fr.category("jardinage"));
        assertEquals("Thème\u00A0: Potager de l’école", fr.category("potager de l’école"));
        assertEquals("Topic: Gardening", en.category("Gardening"));
        assertEquals("Konu: İzmir gezisi", new Labels(new Language("tr")).category("izmir gezisi"));
    }
}
