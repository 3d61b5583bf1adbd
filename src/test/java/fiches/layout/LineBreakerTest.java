package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.product.LanguageRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line may break: between words, and inside an address after « / » or « . » only. */
class LineBreakerTest {

    private static List<String> pieces(String text) {
        LineBreaker breaker = new LineBreaker(LanguageRules.of("fr"));
        breaker.setText(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end >= 0; end = breaker.next()) {
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    @Test
    void breaksAnAddressAfterItsSlashesAndDotsNeverAtItsHyphen() {
        assertEquals(
                List.of("(www.", "service-public.", "fr/", "particuliers/", "F1234-demande)"),
                pieces("(www.service-public.fr/particuliers/F1234-demande)"));
    }

    @Test
    void breaksAPartOfAnAddressTooLongForALineAtItsHyphens() {
        assertEquals(
                List.of(
                        "www.",
                        "exemple-ville.",
                        "fr/",
                        "inscription-",
                        "du-",
                        "demandeur-",
                        "de-",
                        "logement-",
                        "social"),
                pieces("www.exemple-ville.fr/inscription-du-demandeur-de-logement-social"));
    }

    @Test
    void breaksThePathOfAnAddressHandedOverAlone() {
        assertEquals(
                List.of("particuliers/", "vosdroits/", "F1234-demande-de-carte) ", "ou"),
                pieces("particuliers/vosdroits/F1234-demande-de-carte) ou"));
    }

    @Test
    void neverBreaksAfterAnApostropheNorBeforeHighPunctuationNorInsideACompoundWord() {
        assertEquals(
                List.of("l’application ", "rendez-vous\u00A0: ", "c’est ", "prêt\u00A0!"),
                pieces("l’application rendez-vous\u00A0: c’est prêt\u00A0!"));
    }

    @Test
    void keepsADecimalNumberAndASentenceEndAsTheyAre() {
        assertEquals(List.of("Version ", "1.5. ", "Fin."), pieces("Version 1.5. Fin."));
    }

    @Test
    void neverStartsALineWithAnEllipsisOrAClosingParenthesisAfterASpace() {
        assertEquals(
                List.of("liste ", "(«\u00A0Suivi\u00A0» …). ", "Fin."), pieces("liste («\u00A0Suivi\u00A0» …). Fin."));
    }
}
