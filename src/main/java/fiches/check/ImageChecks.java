package fiches.check;

import fiches.util.SafePaths;
import fiches.guide.Inlines;
import fiches.guide.Inline;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Images: described, local, inside the guide's folder, and real PNG or JPEG files of
 * bounded size. Anything else would either fail on paper or reach outside the guide.
 */
final class ImageChecks {
    static final long MAX_IMAGE_BYTES = 5_000_000;

    void check(Draft draft, List<Problem> out) {
        Path folder = draft.file().toAbsolutePath().getParent();
        Inlines.forEach(draft.sections(), inline -> {
            if (inline instanceof Inline.Image img) {
                check(draft.file(), folder, img, out);
            }
        });
    }

    private void check(Path file, Path folder, Inline.Image img, List<Problem> out) {
        if (img.alt().isBlank()) {
            out.add(Problem.error(file, img.line(), Kind.IMAGE_WITHOUT_ALT,
                    "The image " + img.path() + " has no description.",
                    "Describe what it shows between the brackets: ![Le bouton bleu France Connect](" + img.path()
                            + ")."));
        }
        String path = img.path().strip();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.matches("^(https?|ftp|ftps)://.*") || lower.startsWith("//")) {
            out.add(Problem.error(file, img.line(), Kind.REMOTE_RESOURCE,
                    "The image " + path + " is on the Internet; Fiches never downloads anything.",
                    "Save the image in the guide's images/ folder and write ![…](images/name.png)."));
            return;
        }
        Path target = SafePaths.inside(folder, path).orElse(null);
        if (target == null) {
            out.add(Problem.error(file, img.line(), Kind.IMAGE_OUTSIDE_FOLDER,
                    "The image path " + path + " leads outside the guide's folder.",
                    "Put the image in the guide's folder (for instance images/) and give a relative path "
                            + "such as images/name.png."));
            return;
        }
        checkFile(file, img, target, out);
    }

    private void checkFile(Path file, Inline.Image img, Path target, List<Problem> out) {
        if (!Files.isRegularFile(target)) {
            out.add(Problem.error(file, img.line(), Kind.IMAGE_NOT_FOUND, "The image " + img.path() + " is not there.",
                    "Check the file name and its folder (names are case-sensitive)."));
            return;
        }
        try {
            if (Files.size(target) > MAX_IMAGE_BYTES || !isPngOrJpeg(target)) {
                out.add(Problem.error(file, img.line(), Kind.IMAGE_NOT_SUPPORTED,
                        "The image " + img.path() + " is not a PNG or JPEG file of at most 5 MB.",
                        "Save it as PNG or JPEG, smaller than 5 MB."));
            }
        } catch (IOException e) {
            out.add(Problem.error(file, img.line(), Kind.IMAGE_NOT_FOUND,
                    "The image " + img.path() + " cannot be read.", "Check that the file can be opened."));
        }
    }

    private static boolean isPngOrJpeg(Path target) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(target)) {
            int n = in.readNBytes(head, 0, head.length);
            boolean png = n == 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            boolean jpeg = n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
            return png || jpeg;
        }
    }
}
