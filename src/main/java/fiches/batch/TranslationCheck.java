package fiches.batch;

import fiches.check.TranslationLinks;
import fiches.parse.GuideParser;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.SourceReader;
import fiches.util.Slug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the {@code translation_of} links of every guide of a folder against the others, after
 * the run: each guide's front matter is read again (a few lines of YAML), so that a run whose
 * guides are all up to date warns the same as the one that made them, and {@code --check} too.
 */
public final class TranslationCheck {
    /** The front-matter key, as a guide must write it to name the guide it translates. */
    private static final String KEY = "translation_of";

    private final SourceReader sources = new SourceReader();
    private final GuideParser parser = new GuideParser();

    /** The warnings, as notices naming the file and line, in the order of the guides. */
    public List<Notice> notices(List<Path> guides) {
        List<TranslationLinks.Named> named = new ArrayList<>();
        for (Path file : guides) {
            String slug = Slug.of(file);
            Optional<GuideParser.TranslationLink> link = link(file);
            named.add(new TranslationLinks.Named(
                    file,
                    slug,
                    link.map(GuideParser.TranslationLink::original),
                    link.map(GuideParser.TranslationLink::line).orElse(0)));
        }
        return TranslationLinks.problems(named).stream()
                .map(TranslationCheck::notice)
                .toList();
    }

    private Optional<GuideParser.TranslationLink> link(Path file) {
        // A guide that cannot be read names nothing; its own outcome says why. One whose text has
        // no « translation_of » names nothing either, and is not parsed: most guides are
        // originals, and an unchanged rerun then loads no YAML parser at all.
        return sources.read(file).source().filter(s -> s.text().contains(KEY)).flatMap(parser::translationLink);
    }

    private static Notice notice(Problem p) {
        return new Notice(Kind.TRANSLATION_UNLINKED, p.location() + ": " + p.message(), p.fix());
    }
}
