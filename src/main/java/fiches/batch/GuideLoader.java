package fiches.batch;

import fiches.check.GlyphCoverage;
import fiches.check.GuideChecker;
import fiches.guide.Guide;
import fiches.parse.Draft;
import fiches.parse.GuideParser;
import fiches.problem.Problems;
import fiches.source.GuideSource;
import fiches.source.SourceReader;
import java.nio.file.Path;
import java.util.Optional;

/** Reads, parses and checks one guide file; never throws for a bad guide. */
public final class GuideLoader {
    private final SourceReader reader;
    private final GuideParser parser = new GuideParser();
    private final GuideChecker checker;

    /** @param coverage what the embedded fonts can draw: a character they cannot is a warning */
    public GuideLoader(GlyphCoverage coverage) {
        this(new SourceReader(), coverage);
    }

    public GuideLoader(SourceReader reader, GlyphCoverage coverage) {
        this.reader = reader;
        this.checker = new GuideChecker(coverage);
    }

    /** A guide ready to render (present only when there is no error), and every problem found. */
    public record Loaded(Path file, Optional<Guide> guide, Optional<GuideSource> source, Problems problems) {
        public boolean hasErrors() {
            return problems.hasErrors();
        }
    }

    /** The text of a guide file, or the problems that say why it cannot be read. */
    public SourceReader.Read read(Path file) {
        return reader.read(file);
    }

    public Loaded load(Path file) {
        SourceReader.Read read = reader.read(file);
        return read.source()
                .map(this::load)
                .orElseGet(() -> new Loaded(file, Optional.empty(), Optional.empty(), read.problems()));
    }

    /** Parses and checks a guide already read. */
    public Loaded load(GuideSource source) {
        Draft draft = parser.parse(source);
        Problems problems = Problems.of(checker.check(draft));
        return new Loaded(
                source.file(), problems.hasErrors() ? Optional.empty() : draft.guide(), Optional.of(source), problems);
    }
}
