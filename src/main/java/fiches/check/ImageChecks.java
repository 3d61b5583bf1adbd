package fiches.check;

import fiches.guide.CheckedImages;
import fiches.guide.GuideVisitor;
import fiches.guide.GuideWalker;
import fiches.guide.Inline;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Images: described, local, inside the guide's folder, and PNG or JPEG files of bounded size
 * and pixels that decode in full. Anything else would either fail on paper or reach outside the
 * guide. The bytes decoded are kept for the renderer, which reads no image file itself.
 */
final class ImageChecks {
    static final long MAX_IMAGE_BYTES = 5_000_000;
    /**
     * The most images a guide may show: a few per step of a long guide. Each is read and decoded
     * in full (up to 5 MB and 40 megapixels), so their number bounds the check's time.
     */
    static final int MAX_IMAGES = 100;

    private final ImageDecoding decoding = new ImageDecoding();

    void check(Draft draft, List<Problem> out) {
        Path folder = draft.file().toAbsolutePath().getParent();
        GuideWalker.walk(draft.sections(), new GuideVisitor() {
            private int count;

            @Override
            public void image(Inline.Image img) {
                if (++count == MAX_IMAGES + 1) {
                    out.add(Problem.error(
                            draft.file(),
                            img.line(),
                            Kind.TOO_MANY_IMAGES,
                            "This is image number " + count + " of the guide; at most " + MAX_IMAGES + " are accepted.",
                            "Keep the screenshots a reader needs, one or two per step."));
                }
                if (count <= MAX_IMAGES) {
                    check(draft.file(), folder, img, draft.images(), out);
                }
            }
        });
    }

    private void check(Path file, Path folder, Inline.Image img, CheckedImages store, List<Problem> out) {
        if (img.alt().isBlank()) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_WITHOUT_ALT,
                    "The image " + img.path() + " has no description.",
                    "Describe what it shows between the brackets: ![Le bouton bleu France Connect](" + img.path()
                            + ")."));
        }
        String path = img.path().strip();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.matches("^(https?|ftp|ftps)://.*") || lower.startsWith("//")) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.REMOTE_RESOURCE,
                    "The image " + path + " is on the Internet; Fiches never downloads anything.",
                    "Save the image in the guide's images/ folder and write ![…](images/name.png)."));
            return;
        }
        ImageFile found = ImageFile.read(folder, path, MAX_IMAGE_BYTES);
        if (found instanceof ImageFile.Outside) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_OUTSIDE_FOLDER,
                    "The image path " + path + " leads outside the guide's folder.",
                    "Put the image in the guide's folder (for instance images/) and give a relative path "
                            + "such as images/name.png."));
            return;
        }
        checkFile(file, img, found, store, out);
    }

    private void checkFile(Path file, Inline.Image img, ImageFile found, CheckedImages store, List<Problem> out) {
        if (found instanceof ImageFile.Missing) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_NOT_FOUND,
                    "The image " + img.path() + " is not there.",
                    "Check the file name and its folder (names are case-sensitive)."));
            return;
        }
        if (!(found instanceof ImageFile.Read read)) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_NOT_FOUND,
                    "The image " + img.path() + " cannot be read.",
                    "Check that the file can be opened."));
            return;
        }
        Path target = read.target();
        byte[] bytes = read.bytes();
        Optional<String> format = ImageDecoding.format(bytes);
        if (read.tooLarge() || format.isEmpty()) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_NOT_SUPPORTED,
                    "The image " + img.path() + " is not a PNG or JPEG file of at most 5 MB.",
                    "Save it as PNG or JPEG, smaller than 5 MB."));
            return;
        }
        if (!format.get().equals(formatOfName(target))) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_NOT_SUPPORTED,
                    "The image " + img.path() + " holds a " + format.get().toUpperCase(Locale.ROOT)
                            + " picture under another format's name.",
                    "Rename it to end in " + (format.get().equals("png") ? ".png" : ".jpg")
                            + ", or save it again as the format its name says."));
            return;
        }
        decode(file, img, target, bytes, format.get(), store, out);
    }

    private void decode(
            Path file,
            Inline.Image img,
            Path target,
            byte[] bytes,
            String format,
            CheckedImages store,
            List<Problem> out) {
        ImageDecoding.Result result = decoding.decode(bytes, format);
        if (result instanceof ImageDecoding.Result.TooLarge big) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "The image %s is %d × %d pixels (%.1f megapixels); at most %d megapixels are accepted.",
                            img.path(),
                            big.width(),
                            big.height(),
                            (double) big.width() * big.height() / 1e6,
                            ImageDecoding.MAX_PIXELS / 1_000_000),
                    "Save a smaller copy: a screenshot or photo of 2000 pixels across prints sharply on A4."));
        } else if (result instanceof ImageDecoding.Result.Broken broken) {
            out.add(Problem.error(
                    file,
                    img.line(),
                    Kind.IMAGE_UNREADABLE,
                    "The image " + img.path() + " is damaged or cut short: it cannot be decoded (" + broken.reason()
                            + ").",
                    "Open it in an image editor and save it again, or take the screenshot anew."));
        } else {
            store.keep(target, bytes);
        }
    }

    /** The format a file's extension announces, or an empty string. */
    private static String formatOfName(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpeg" : "";
    }
}
