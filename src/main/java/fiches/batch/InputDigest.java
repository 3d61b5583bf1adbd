package fiches.batch;

import fiches.check.SafePaths;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.pdf.Resources;
import fiches.source.GuideSource;
import fiches.util.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * A digest of everything a guide's PDFs depend on: its text, its images, the styles and fonts,
 * the options and the tool version. Equal digests mean the PDFs would come out identical.
 */
final class InputDigest {
    private InputDigest() {
    }

    static String of(Guide guide, GuideSource source, Options options, Resources resources) throws IOException {
        MessageDigest sha = Sha256.create();
        update(sha, Version.NUMBER);
        update(sha, options.size() + " " + new TreeSet<>(options.editions().stream().map(Enum::name).toList()));
        update(sha, resources.digest());
        update(sha, source.text());
        for (String path : imagePaths(guide)) {
            update(sha, path);
            Path file = SafePaths.inside(guide.folder(), path).orElseThrow();
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<String> imagePaths(Guide guide) {
        TreeSet<String> paths = new TreeSet<>();
        fiches.check.Inlines.forEach(guide.sections(), i -> {
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
