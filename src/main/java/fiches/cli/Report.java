package fiches.cli;

import fiches.batch.Outcome;
import java.util.List;

/** How a run tells its user what happened: one entry per guide, then a summary. */
interface Report {
    void guide(Outcome outcome);

    void summary(List<Outcome> outcomes);
}
