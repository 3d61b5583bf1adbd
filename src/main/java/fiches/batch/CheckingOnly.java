package fiches.batch;

import fiches.guide.Guide;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import fiches.util.Commit;
import java.util.List;
import java.util.Optional;

/** {@code --check}: every guide is read and checked in full; nothing is made and nothing recorded. */
final class CheckingOnly implements Making {
    @Override
    public Optional<Notice> manifestNotice() {
        return Optional.empty();
    }

    @Override
    public Optional<Outcome> upToDate(GuideSource source) {
        return Optional.empty(); // a check always reads the guide again
    }

    @Override
    public Outcome make(Guide guide, GuideSource source, List<Problem> warnings, Commit commit) {
        return new Outcome(source.file(), warnings, List.of());
    }

    @Override
    public String kept(String slug) {
        return "";
    }

    @Override
    public void saveManifest() {
        // nothing was written
    }
}
