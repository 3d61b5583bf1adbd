package fiches.check;

import fiches.guide.SiteProfile;
import fiches.parse.ProfileDraft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Problems;
import fiches.problem.Thrown;
import fiches.util.Digest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a site profile's logo as a guide's pictures are checked (inside the folder of the
 * guides, a PNG file of bounded size and pixels that decodes in full), and seals the profile
 * with the digest of what it was read from. A logo that fails is left out, never the profile.
 */
public final class ProfileChecks {
    /** A logo is a small picture: a megabyte holds one far sharper than 20 mm of paper needs. */
    static final long MAX_LOGO_BYTES = 1_000_000;
    /** 4 megapixels, 2000 × 2000: over 2500 dpi at the printed height; decoding it takes 16 MB. */
    static final long MAX_LOGO_PIXELS = 4_000_000;
    /** The widest a logo may be for its height, so that it prints 20 mm high within the text column. */
    static final int MAX_WIDTH_PER_HEIGHT = 8;

    private final ImageDecoding decoding = new ImageDecoding();

    /** The profile's logo checked and loaded, and every problem of the profile. */
    public record Checked(Optional<SiteProfile> profile, Problems problems) {
        public boolean hasErrors() {
            return problems.hasErrors();
        }
    }

    /** @param folder the folder of the guides, which the logo must lie in */
    public Checked check(ProfileDraft draft, Path folder) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (draft.profile().isEmpty()) {
            return new Checked(Optional.empty(), Problems.of(problems));
        }
        Optional<SiteProfile.Logo> logo = draft.logo().flatMap(l -> logo(draft.file(), folder, l, problems));
        SiteProfile profile = draft.profile().get().withLogo(logo);
        return new Checked(Optional.of(profile.withDigest(digest(draft.text(), logo))), Problems.of(problems));
    }

    private Optional<SiteProfile.Logo> logo(Path file, Path folder, ProfileDraft.LogoEntry entry, List<Problem> out) {
        String path = entry.path();
        String lower = path.toLowerCase(Locale.ROOT);
        String left = " It is left out; the guides are made without it.";
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*") || lower.startsWith("//")) {
            out.add(error(
                    file,
                    entry,
                    Kind.REMOTE_RESOURCE,
                    "The logo " + path + " is on the Internet; Fiches never " + "downloads anything." + left,
                    "Save the logo in the folder of the guides (for instance in "
                            + "images/) and write file: \"images/logo.png\"."));
            return Optional.empty();
        }
        ImageFile found = ImageFile.read(folder.toAbsolutePath().normalize(), path, MAX_LOGO_BYTES);
        if (found instanceof ImageFile.Outside) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_OUTSIDE_FOLDER,
                    "The logo path " + path + " leads outside the " + "folder of the guides." + left,
                    "Put the logo in the folder of the guides and give a relative " + "path such as images/logo.png."));
            return Optional.empty();
        }
        if (found instanceof ImageFile.Missing) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_NOT_FOUND,
                    "The logo " + path + " is not there." + left,
                    "Check the file name and its folder, relative to the folder of the guides (names are "
                            + "case-sensitive)."));
            return Optional.empty();
        }
        return read(file, entry, found, out).flatMap(read -> decoded(file, entry, read.target(), read.bytes(), out));
    }

    private static Optional<ImageFile.Read> read(
            Path file, ProfileDraft.LogoEntry entry, ImageFile found, List<Problem> out) {
        if (!(found instanceof ImageFile.Read read)) {
            ImageFile.Unreadable e = (ImageFile.Unreadable) found;
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_NOT_FOUND,
                    "The logo " + entry.path() + " cannot be read (" + Thrown.describe(e.cause())
                            + "); it is left out.",
                    "Check that the file can be opened."));
            return Optional.empty();
        }
        if (read.tooLarge()) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_TOO_LARGE,
                    "The logo " + entry.path() + " is over " + MAX_LOGO_BYTES / 1_000_000 + " MB; it is left out.",
                    "Save a smaller copy: 600 pixels "
                            + "across, in black and white, is plenty for a logo printed 20 mm high."));
            return Optional.empty();
        }
        if (!ImageDecoding.format(read.bytes()).equals(Optional.of("png"))) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_NOT_SUPPORTED,
                    "The logo " + entry.path() + " is not a PNG file; " + "it is left out.",
                    "Save it as PNG (« Export as PNG » in an image editor)."));
            return Optional.empty();
        }
        return Optional.of(read);
    }

    private Optional<SiteProfile.Logo> decoded(
            Path file, ProfileDraft.LogoEntry entry, Path target, byte[] bytes, List<Problem> out) {
        ImageDecoding.Result result = decoding.decode(bytes, "png", MAX_LOGO_PIXELS);
        if (result instanceof ImageDecoding.Result.TooLarge big) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "The logo %s is %d × %d " + "pixels; at most %d megapixels are accepted. It is left out.",
                            entry.path(),
                            big.width(),
                            big.height(),
                            MAX_LOGO_PIXELS / 1_000_000),
                    "Save a smaller copy, 600 pixels across is plenty."));
        } else if (result instanceof ImageDecoding.Result.Broken broken) {
            out.add(error(
                    file,
                    entry,
                    Kind.IMAGE_UNREADABLE,
                    "The logo " + entry.path() + " is damaged or cut short: " + "it cannot be decoded ("
                            + broken.reason() + "). It is left out.",
                    "Open it in an image editor and save it again as PNG."));
        } else if (result instanceof ImageDecoding.Result.Decoded ok) {
            if (ok.width() > MAX_WIDTH_PER_HEIGHT * ok.height()) {
                out.add(error(
                        file,
                        entry,
                        Kind.INVALID_VALUE,
                        "The logo " + entry.path() + " is " + ok.width()
                                + " × " + ok.height() + " pixels: more than " + MAX_WIDTH_PER_HEIGHT
                                + " times as wide as "
                                + "it is tall, it cannot print 20 mm high on the page. It is left out.",
                        "Crop the empty space around it, or use the logo's square or stacked version."));
                return Optional.empty();
            }
            return Optional.of(new SiteProfile.Logo(
                    target.toAbsolutePath().normalize(), bytes, entry.description(), ok.width(), ok.height()));
        }
        return Optional.empty();
    }

    private static Problem error(Path file, ProfileDraft.LogoEntry entry, Kind kind, String message, String fix) {
        return Problem.error(file, entry.line(), kind, message, fix);
    }

    private static String digest(String text, Optional<SiteProfile.Logo> logo) {
        Digest digest = new Digest().text(text);
        logo.ifPresent(l -> digest.bytes(l.png()));
        return digest.hex();
    }
}
