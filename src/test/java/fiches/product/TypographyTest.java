package fiches.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.guide.Language;
import org.junit.jupiter.api.Test;

/** French spacing rules, applied only to the spaces the author wrote. */
class TypographyTest {
    private final Typography french = new Typography(new Language("fr"));
    private final Typography english = new Typography(new Language("en"));

    @Test
    void putsANoBreakSpaceBeforeHighPunctuationInFrench() {
        assertEquals(
                "Est-il obligatoire\u00A0? Oui\u00A0! Deux choses\u00A0: ceci\u00A0; cela",
                french.apply("Est-il obligatoire ? Oui ! Deux choses : ceci ; cela"));
    }

    @Test
    void keepsGuillemetsWithTheirWords() {
        assertEquals("le dossier «\u00A0Spam\u00A0»", french.apply("le dossier « Spam »"));
    }

    @Test
    void keepsANumberWithItsUnitInEveryLanguage() {
        assertEquals("13\u00A0chiffres, 10\u00A0€", french.apply("13 chiffres, 10 €"));
        assertEquals("5\u00A0minutes", english.apply("5 minutes"));
    }

    @Test
    void addsNoSpaceWhereTheAuthorWroteNone() {
        assertEquals("https://www.impots.gouv.fr et 12:30", french.apply("https://www.impots.gouv.fr et 12:30"));
    }

    @Test
    void leavesEnglishPunctuationAlone() {
        assertEquals("Is it free? Yes: it is.", english.apply("Is it free? Yes: it is."));
    }
}
