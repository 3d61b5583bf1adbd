package fiches.batch;

import fiches.guide.Guide;
import fiches.ledger.Manifest;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Thrown;
import fiches.source.GuideSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a guide's PDFs are up to date, from the output folder's manifest: the identity
 * of what they were made from (the program, and the digest of everything they depend on),
 * recorded when they were made, and the files still there. It keeps the record of what the run
 * makes, and saves it.
 */
final class UpToDate {
    private final Options options;
    private final Resources resources;
    private final Manifest manifest;

    UpToDate(Options options, Resources resources) {
        this.options = options;
        this.resources = resources;
        this.manifest = read(options.out());
    }

    /** @throws ToolFailure when the manifest is there but cannot be read: a folder, or a file without permission */
    private static Manifest read(Path out) {
        try {
            return Manifest.in(out);
        } catch (IOException e) {
            Path file = out.resolve(Manifest.FILE_NAME);
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The output folder's record " + file + " cannot be read (" + Thrown.describe(e)
                            + (Files.isDirectory(file) ? ": it is a folder" : "") + ").",
                    "Remove " + file + " (Fiches makes it again), or choose another --out folder.",
                    e);
        }
    }

    /**
     * Recognises an unchanged guide from its text and the images the manifest says it shows,
     * before any parsing: a re-run of a large folder then costs little more than reading it. A
     * guide that drew warnings is not recognised here, so that they are shown again.
     */
    Optional<Outcome> fromText(GuideSource source) {
        if (options.force()) {
            return Optional.empty();
        }
        try {
            Optional<Manifest.Entry> entry = manifest.entry(source.slug()).filter(Manifest.Entry::clean);
            if (entry.isEmpty() || !outputsExist(source.slug())) {
                return Optional.empty();
            }
            Optional<String> digest = InputDigest.of(source, entry.get().images(), options, resources);
            return digest.filter(d -> manifest.isUpToDate(source.slug(), d))
                    .map(d -> new Outcome(source.file(), List.of(), List.of(), true));
        } catch (IOException e) {
            return Optional.empty(); // the full path reports what is wrong
        }
    }

    /** The digest of a parsed guide's inputs: its PDFs' identity, and what the manifest records. */
    String digest(Guide guide, GuideSource source) throws IOException {
        return InputDigest.of(guide, source, options, resources);
    }

    /** Whether the PDFs made from inputs of this digest are there already (a guide with warnings). */
    boolean isUpToDate(Guide guide, String digest) {
        return !options.force() && manifest.isUpToDate(guide.slug(), digest) && outputsExist(guide.slug());
    }

    /** Records a guide just made; names are escaped in the manifest, so that any image name fits. */
    void made(Guide guide, String digest, List<Problem> warnings) {
        manifest.record(guide.slug(), digest, warnings.isEmpty(), InputDigest.imagePaths(guide));
    }

    /** A warning about the manifest found in the output folder, if it had to be ignored. */
    Optional<Notice> notice() {
        return manifest.ignored()
                .map(why ->
                        new Notice(Kind.RECORD_REBUILT, why, "Nothing to do: every guide is made again this once."));
    }

    /** Saves the record, so that the next run can skip what has not changed. */
    void save(AtomicWriter writer) throws IOException {
        manifest.save(writer::write);
    }

    Path file() {
        return manifest.file();
    }

    private boolean outputsExist(String slug) {
        return options.editions().stream()
                .allMatch(e -> Files.isRegularFile(options.out().resolve(e.fileName(slug))));
    }
}
