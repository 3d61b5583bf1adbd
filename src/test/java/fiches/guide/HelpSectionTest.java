package fiches.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help section is known by its title, whatever its case, apostrophe or closing colon. */
class HelpSectionTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Si ça ne marche pas",
                "SI ÇA NE MARCHE PAS",
                "Si ça ne marche pas ?",
                "si ça ne marche pas :",
                "If it doesn't work",
                "If it doesn’t work",
                "if it does not work",
                "If It Doesn’t Work"
            })
    void recognisesTheHelpSection(String title) {
        assertTrue(HelpSection.isHelpTitle(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Conseils utiles", "Si ça marche", "Les étapes", "If it works", ""})
    void leavesOtherSectionsAlone(String title) {
        assertFalse(HelpSection.isHelpTitle(title), title);
    }
}
