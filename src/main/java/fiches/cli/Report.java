package fiches.cli;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.recueil.Recueil;
import java.util.List;

/** How a run tells its user what happened: one entry per guide, notices of the run, then a summary. */
interface Report {
    /** The run is about to make (or check) this many guides. */
    default void starting(int guides) {}

    void guide(Outcome outcome);

    /** A warning about the run (an entry skipped), or the failure of Fiches itself. */
    void notice(Notice notice);

    /** The recueil made (or found up to date) after the guides. */
    void recueil(Recueil.Written recueil);

    void summary(List<Outcome> outcomes);
}
