package fiches.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The front matter of a guide, with its optional values absent rather than null.
 *
 * @param title       the guide's title (required)
 * @param description a one-sentence summary
 * @param category    a slug such as {@code government}
 * @param steps       the announced number of steps (required)
 * @param difficulty  how hard the guide is
 * @param platform    {@code web}, {@code android}, {@code ios}…
 * @param lang        the language of the text (required)
 * @param date        the last review date
 * @param countries   ISO 3166 alpha-2 codes of the countries where it applies
 * @param notes       the labels of the room to write after the steps (« Mon identifiant »), in order
 * @param translationOf the slug (file name without {@code .md}) of the guide this one translates, if
 *                    it names one: the catalogue lists the two, and every other translation of that
 *                    original, as one guide in several languages
 */
public record Metadata(
        String title,
        Optional<String> description,
        Optional<String> category,
        int steps,
        Optional<Difficulty> difficulty,
        Optional<String> platform,
        Language lang,
        Optional<LocalDate> date,
        List<String> countries,
        List<String> notes,
        Optional<String> translationOf) {
    public Metadata {
        countries = List.copyOf(countries);
        notes = List.copyOf(notes);
    }
}
