package fiches.batch;

import fiches.guide.Guide;
import fiches.guide.SiteProfile;
import fiches.layout.Edition;
import fiches.layout.Paper;
import fiches.layout.PrintSize;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What a run makes.
 *
 * @param out      the output folder
 * @param size     the print-size preset, one of {@link PrintSize#PRESETS} (the body is set by x-height)
 * @param editions the editions to write
 * @param force    render even the guides whose PDFs are up to date
 * @param catalogue the catalogue page follows the run: each guide made keeps its model, its PDFs'
 *                  digests and a picture of its first page (see {@link Made}), drawn on its own thread
 * @param recueil   the recueil follows the run: each guide made keeps its model and its PDFs' digests
 * @param profile  the site profile every guide is made with (its help box, its logo), if any
 * @param paper    the paper of every guide and of the recueil ({@code --paper}); empty, each guide is
 *                 printed on its countries' paper (see {@link Paper#forCountries})
 */
public record Options(
        Path out,
        int size,
        Set<Edition> editions,
        boolean force,
        boolean catalogue,
        boolean recueil,
        Optional<SiteProfile> profile,
        Optional<Paper> paper) {
    public Options {
        if (!PrintSize.PRESETS.contains(size)) {
            throw new IllegalArgumentException("size must be " + PrintSize.presetsInWords() + ", not " + size);
        }
        editions = Set.copyOf(editions);
    }

    /** Options for a run that prints each guide on its countries' paper. */
    public Options(
            Path out,
            int size,
            Set<Edition> editions,
            boolean force,
            boolean catalogue,
            boolean recueil,
            Optional<SiteProfile> profile) {
        this(out, size, editions, force, catalogue, recueil, profile, Optional.empty());
    }

    /** Options for a run that no recueil follows, without a site profile. */
    public Options(Path out, int size, Set<Edition> editions, boolean force, boolean catalogue) {
        this(out, size, editions, force, catalogue, false);
    }

    /** Options for a run without a site profile. */
    public Options(Path out, int size, Set<Edition> editions, boolean force, boolean catalogue, boolean recueil) {
        this(out, size, editions, force, catalogue, recueil, Optional.empty());
    }

    /** The same options, with the guides made with this site profile. */
    public Options withProfile(Optional<SiteProfile> newProfile) {
        return new Options(out, size, editions, force, catalogue, recueil, newProfile, paper);
    }

    /** The same options, with every guide printed on this paper, or each on its countries' when empty. */
    public Options withPaper(Optional<Paper> newPaper) {
        return new Options(out, size, editions, force, catalogue, recueil, profile, newPaper);
    }

    /** The paper a guide is printed on: the run's, else its countries'. */
    public Paper paperFor(Guide guide) {
        return paper.orElseGet(() -> Paper.forCountries(guide.meta().countries()));
    }

    /** Options for a run that no catalogue page follows. */
    public Options(Path out, int size, Set<Edition> editions, boolean force) {
        this(out, size, editions, force, false);
    }

    /** Options that skip the guides whose PDFs are up to date. */
    public Options(Path out, int size, Set<Edition> editions) {
        this(out, size, editions, false);
    }
}
