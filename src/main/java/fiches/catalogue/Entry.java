package fiches.catalogue;

import fiches.guide.Difficulty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One guide as the catalogue lists it. The theme, level and device are the guide's own words
 * (a category slug, a difficulty, a platform); the page translates them.
 *
 * @param slug        the guide's output name
 * @param title       its title
 * @param description its one-sentence summary, possibly empty
 * @param language    the primary subtag of its language ({@code fr}), empty when unknown
 * @param theme       its category slug, empty when it has none
 * @param level       how hard it is
 * @param device      its platform slug
 * @param steps       its number of steps, 0 when unknown (an older edition)
 * @param pages       the pages of its handout (or of its accessible edition when there is no handout)
 * @param date        its review date
 * @param handout     the large-print PDF, when this run makes that edition and it exists
 * @param accessible  the accessible PDF, when this run makes that edition and it exists
 * @param web         the web edition to read on a phone, when this run makes it and it exists
 * @param thumbnail   a small PNG of its first page
 * @param picture     what the picture was drawn from (see {@link EarlierPictures#key}), for the next run
 * @param words       the words of its steps, accent-free and lower case, for the search box
 * @param older       true when the guide failed in this run and these are its PDFs of an earlier run
 * @param translationOf the slug of the guide it translates, if it names one (unknown for an older entry)
 */
public record Entry(
        String slug,
        String title,
        String description,
        String language,
        Optional<String> theme,
        Optional<Difficulty> level,
        Optional<String> device,
        int steps,
        int pages,
        Optional<LocalDate> date,
        Optional<PdfFile> handout,
        Optional<PdfFile> accessible,
        Optional<PdfFile> web,
        byte[] thumbnail,
        String picture,
        String words,
        boolean older,
        Optional<String> translationOf) {
    /** The same entry, with the guide's web edition to read on a phone, when it was made. */
    Entry withWeb(Optional<PdfFile> page) {
        return new Entry(
                slug,
                title,
                description,
                language,
                theme,
                level,
                device,
                steps,
                pages,
                date,
                handout,
                accessible,
                page,
                thumbnail,
                picture,
                words,
                older,
                translationOf);
    }
}
