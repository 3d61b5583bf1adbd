package fiches.batch;

import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.pdf.Resources;
import fiches.source.GuideSource;
import fiches.util.Digest;
import fiches.util.SafePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A digest of everything a guide's PDFs depend on: its text, its images, the styles and fonts,
 * the site profile (its text and its logo), the options and the tool version. Equal digests
 * mean the PDFs would come out identical.
 */
final class InputDigest {
    private InputDigest() {}

    static String of(Guide guide, GuideSource source, Options options, Resources resources) throws IOException {
        return of(source, imagePaths(guide), options, resources).orElseThrow();
    }

    /**
     * The digest of a guide from its text and the images it is known to show, without parsing
     * it; empty when one of those images is gone or not inside the guide's folder.
     */
    static Optional<String> of(GuideSource source, List<String> images, Options options, Resources resources)
            throws IOException {
        Digest digest = new Digest()
                .text(Version.NUMBER)
                .text(options.size() + " "
                        + new TreeSet<>(
                                options.editions().stream().map(Enum::name).toList()))
                .text(resources.digest());
        // Absent, the profile adds nothing: a folder without one keeps its digests.
        options.profile().ifPresent(p -> digest.text("profile " + p.digest()));
        // Without --paper, the guide's text (its countries) decides its paper, and is digested below.
        options.paper().ifPresent(p -> digest.text("paper " + p.optionName()));
        digest.text(source.text());
        Path folder = source.file().toAbsolutePath().getParent();
        for (String path : images) {
            Optional<Path> file = SafePaths.inside(folder, path).filter(Files::isRegularFile);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            digest.text(path).file(file.get());
        }
        return Optional.of(digest.hex());
    }

    /** The images a guide shows, each once, in a fixed order. */
    static List<String> imagePaths(Guide guide) {
        TreeSet<String> paths = new TreeSet<>();
        fiches.guide.Inlines.forEach(guide.sections(), i -> {
            if (i instanceof Inline.Image img) {
                paths.add(img.path());
            }
        });
        return List.copyOf(paths);
    }
}
