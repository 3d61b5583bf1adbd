package fiches.parse;

import fiches.guide.SiteProfile;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What parsing made of a site profile: its contacts, and its logo still to be checked.
 *
 * @param file     the profile file, {@code fiches.yaml}
 * @param text     its text, part of the digest of every guide made with it
 * @param profile  the profile without its logo, absent when it cannot be used at all
 * @param logo     where the logo is said to be and what it shows, when given without error
 * @param problems what parsing found wrong
 */
public record ProfileDraft(
        Path file, String text, Optional<SiteProfile> profile, Optional<LogoEntry> logo, List<Problem> problems) {
    public ProfileDraft {
        problems = List.copyOf(problems);
    }

    /**
     * The logo as written.
     *
     * @param path        its path, relative to the folder of the guides
     * @param description what it shows
     * @param line        the line of its {@code file:} key, for messages about the file
     */
    public record LogoEntry(String path, String description, int line) {}
}
