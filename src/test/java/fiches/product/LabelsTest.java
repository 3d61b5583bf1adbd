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
    }
}
