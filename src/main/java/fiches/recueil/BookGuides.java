package fiches.recueil;

import fiches.batch.GuideLoader;
import fiches.batch.Made;
import fiches.batch.Outcome;
import fiches.catalogue.Shelves;
import fiches.check.GlyphCoverage;
import fiches.guide.Guide;
import fiches.guide.Language;
import fiches.layout.BookLayout;
import fiches.product.Labels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guides of a run that go into the recueil, in the catalogue's order: those made or up to
 * date in this run. A guide the run did not make again (it was up to date) is read again for its
 * model; one that failed is left out.
 *
 * @param shelves the themes, in the book's language, each with its guides in order
 * @param lang    the language of most guides, as the catalogue picks it
 * @param date    the newest review date of the guides, which the cover shows, if any has one
 * @param leftOut the guides of the run left out, because they failed
 * @param pages   the number of pages of each PDF the run made, by path; a guide that was up to date
 *                has none here
 */
record BookGuides(
        List<BookLayout.Shelf> shelves,
        Language lang,
        Optional<LocalDate> date,
        List<Path> leftOut,
        Map<Path, Integer> pages) {
    BookGuides {
        shelves = List.copyOf(shelves);
        leftOut = List.copyOf(leftOut);
        pages = Map.copyOf(pages);
    }

    /** @param coverage what the embedded fonts can draw, to read again a guide the run did not keep */
    static BookGuides of(List<Outcome> outcomes, GlyphCoverage coverage) {
        GuideLoader loader = new GuideLoader(coverage);
        List<Guide> guides = new ArrayList<>();
        List<Path> leftOut = new ArrayList<>();
        Map<Path, Integer> pages = new HashMap<>();
        for (Outcome o : outcomes) {
            o.made().ifPresent(m -> pages.putAll(m.pages()));
            Optional<Guide> guide = o.failed()
                    ? Optional.empty()
                    : o.made().map(Made::guide).or(() -> loader.load(o.file()).guide());
            guide.ifPresentOrElse(guides::add, () -> leftOut.add(o.file()));
        }
        Language lang = Shelves.mostCommon(
                guides.stream().map(g -> g.meta().lang().primary()).toList());
        Labels labels = new Labels(lang);
        List<BookLayout.Shelf> shelves = Shelves.group(
                        guides, g -> g.meta().category(), g -> g.meta().title(), Guide::slug, labels, lang.locale())
                .entrySet()
                .stream()
                .map(e -> new BookLayout.Shelf(e.getKey(), e.getValue()))
                .toList();
        Optional<LocalDate> date =
                guides.stream().flatMap(g -> g.meta().date().stream()).max(Comparator.naturalOrder());
        return new BookGuides(shelves, lang, date, leftOut, pages);
    }

    /** How many guides the book holds. */
    int size() {
        return shelves.stream().mapToInt(s -> s.guides().size()).sum();
    }
}
