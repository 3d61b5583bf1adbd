package fiches.cli;

import fiches.batch.Notice;
import fiches.batch.Outcome;
import fiches.recueil.Recueil;
import java.util.List;

/** How a run tells its user what happened: one entry per guide, notices of the run, then a summary. */
interface Report {
    void guide(Outcome outcome);

    /** A warning about the run (an entry skipped), or the failure of Fiches itself. */
    void notice(Notice notice);

    /** The recueil made (or found up to date) after the guides. */
    void recueil(Recueil.Written recueil);

    void summary(List<Outcome> outcomes);
}
