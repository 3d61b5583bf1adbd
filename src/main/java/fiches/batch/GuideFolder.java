package fiches.batch;

import fiches.problem.Kind;
import fiches.util.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The guides of a folder: the entries directly in it whose name ends in {@code .md}, sorted by
 * name. An entry that looks like a guide but is not one that can be read (a folder named
 * {@code x.md}, {@code X.MD}, a link to nothing, a pipe) is named in a warning, never dropped
 * without a word. A link to a file is listed; reading it then refuses a link that leads out of
 * the folder (see {@link fiches.source.SourceReader}).
 *
 * @param guides  the files to read as guides
 * @param skipped a warning for each entry left out
 */
public record GuideFolder(List<Path> guides, List<Notice> skipped) {
    public GuideFolder {
        guides = List.copyOf(guides);
        skipped = List.copyOf(skipped);
    }

    public static GuideFolder scan(Path folder) throws IOException {
        List<Path> guides = new ArrayList<>();
        List<Notice> skipped = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".md")) {
                    whyNotAGuide(entry).ifPresentOrElse(skipped::add, () -> guides.add(entry));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    skipped.add(new Notice(
                            Kind.ENTRY_SKIPPED,
                            shown(entry) + " was skipped: only names ending in .md, in small " + "letters, are guides.",
                            "Rename it to end in .md if it is a guide."));
                }
            }
        }
        return new GuideFolder(guides, skipped);
    }

    private static Optional<Notice> whyNotAGuide(Path entry) throws IOException {
        BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isRegularFile()) {
            return Optional.empty();
        }
        if (own.isDirectory()) {
            return Optional.of(new Notice(
                    Kind.ENTRY_SKIPPED,
                    shown(entry) + " was skipped: it is a folder, not a guide.",
                    "Rename the folder so that its name does not end in .md."));
        }
        if (own.isSymbolicLink()) {
            if (!Files.exists(entry)) {
                return Optional.of(new Notice(
                        Kind.ENTRY_SKIPPED,
                        shown(entry) + " was skipped: it is a link to a file that does " + "not exist.",
                        "Remove the link, or put the guide itself in the folder."));
            }
            if (Files.isRegularFile(entry)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Notice(
                Kind.ENTRY_SKIPPED,
                shown(entry) + " was skipped: it is not a regular file.",
                "Put the guide in the folder as a plain file."));
    }

    private static String shown(Path entry) {
        return Printable.line(entry.toString());
    }
}
