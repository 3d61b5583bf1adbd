package fiches.batch;

import fiches.guide.Guide;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import fiches.util.Commit;
import java.util.List;
import java.util.Optional;

/** What a run does with each guide that reads well: render it ({@link GuideRenderer}) or only check it. */
interface Making {
    /** What the run should know of its record of earlier outputs (a manifest it ignored), if anything. */
    Optional<Notice> manifestNotice();

    /** The outcome of a guide whose outputs are up to date, recognised before parsing it. */
    Optional<Outcome> upToDate(GuideSource source);

    /** The outcome of a guide without errors: its outputs made, or nothing when only checking. */
    Outcome make(Guide guide, GuideSource source, List<Problem> warnings, Commit commit);

    /** What a failed guide leaves in place, said for its report line: « older PDFs kept », or empty. */
    String kept(String slug);

    /** Records the outputs made so far, so that the next run skips them. */
    void saveManifest();
}
