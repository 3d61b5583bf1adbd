package fiches.batch;

import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.pdf.Resources;
import fiches.source.GuideSource;
import fiches.util.SafePaths;
import fiches.util.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
        MessageDigest sha = Sha256.create();
        update(sha, Version.NUMBER);
        update(
                sha,
                options.size() + " "
                        + new TreeSet<>(
                                options.editions().stream().map(Enum::name).toList()));
        update(sha, resources.digest());
        // Absent, the profile adds nothing: a folder without one keeps its digests.
        options.profile().ifPresent(p -> update(sha, "profile " + p.digest()));
        // Without --paper, the guide's text (its countries) decides its paper, and is digested below.
        options.paper().ifPresent(p -> update(sha, "paper " + p.optionName()));
        update(sha, source.text());
        Path folder = source.file().toAbsolutePath().getParent();
        for (String path : images) {
            Optional<Path> file = SafePaths.inside(folder, path).filter(Files::isRegularFile);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            update(sha, path);
            sha.update(Files.readAllBytes(file.get()));
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
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

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
