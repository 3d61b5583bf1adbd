package fiches.batch;

import fiches.guide.Guide;
import fiches.guide.SiteProfile;
import fiches.layout.Paper;
import fiches.product.Edition;
import fiches.product.PrintSize;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a run makes. Made with {@link #builder}, each option by its name.
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

    /** Options for a run into this folder: the default size, both editions, nothing forced and nothing after the guides. */
    public static Builder builder(Path out) {
        return new Builder(out);
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(out)
                .size(size)
                .editions(editions)
                .force(force)
                .catalogue(catalogue)
                .recueil(recueil)
                .profile(profile)
                .paper(paper);
    }

    /** The paper a guide is printed on: the run's, else its countries'. */
    public Paper paperFor(Guide guide) {
        return paper.orElseGet(() -> Paper.forCountries(guide.meta().countries()));
    }

    /**
     * Options named one by one rather than by their place: an option added later is one field,
     * one setter and one argument of {@link #build}, and no call that does not use it changes.
     */
    public static final class Builder {
        private Path out;
        private int size = PrintSize.DEFAULT_PRESET;
        private Set<Edition> editions = EnumSet.allOf(Edition.class);
        private boolean force;
        private boolean catalogue;
        private boolean recueil;
        private Optional<SiteProfile> profile = Optional.empty();
        private Optional<Paper> paper = Optional.empty();

        private Builder(Path out) {
            this.out = out;
        }

        public Builder out(Path value) {
            this.out = value;
            return this;
        }

        public Builder size(int value) {
            this.size = value;
            return this;
        }

        public Builder editions(Set<Edition> value) {
            this.editions = value;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Builder catalogue(boolean value) {
            this.catalogue = value;
            return this;
        }

        public Builder recueil(boolean value) {
            this.recueil = value;
            return this;
        }

        public Builder profile(Optional<SiteProfile> value) {
            this.profile = value;
            return this;
        }

        public Builder paper(Optional<Paper> value) {
            this.paper = value;
            return this;
        }

        /** @throws IllegalArgumentException when the size is not one of {@link PrintSize#PRESETS} */
        public Options build() {
            return new Options(out, size, editions, force, catalogue, recueil, profile, paper);
        }
    }
}
