package fiches.batch;

import fiches.check.ProfileChecks;
import fiches.guide.SiteProfile;
import fiches.parse.ProfileReader;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Problems;
import fiches.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the site profile of a folder of guides, {@code fiches.yaml}, if there is one. It never
 * stops a run: what is wrong in it is reported, and the guides are made without the faulty part
 * (without the whole profile when it cannot be read or has no name).
 */
public final class SiteProfiles {
    /** A profile is a few lines; this bounds what is read of a file that is not one. */
    static final long MAX_BYTES = 64_000;

    private SiteProfiles() {}

    /** The profile to make the guides with, and the problems of {@code fiches.yaml}. */
    public record Loaded(Optional<SiteProfile> profile, Problems problems) {
        public boolean hasErrors() {
            return problems.hasErrors();
        }
    }

    public static Loaded load(Path guides) {
        Path file = guides.resolve(SiteProfile.FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(Optional.empty(), Problems.NONE);
        }
        SourceReader.Read read = new SourceReader(MAX_BYTES).read(file);
        if (read.source().isEmpty()) {
            return new Loaded(Optional.empty(), read.problems());
        }
        ProfileChecks.Checked checked =
                new ProfileChecks().check(new ProfileReader().read(read.source().get()), guides);
        return new Loaded(checked.profile(), checked.problems());
    }

    /**
     * A problem of the profile as the run reports it: once, before the guides, naming the file and
     * line. It is a warning of the run, which goes on without the faulty part; an error of the
     * profile still makes the run's exit status 1, as a failed guide does.
     */
    public static Notice notice(Problem p) {
        return new Notice(Kind.PROFILE_PART_LEFT_OUT, p.location() + ": " + p.message(), p.fix());
    }
}
