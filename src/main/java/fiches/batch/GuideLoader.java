package fiches.batch;

import fiches.check.GuideChecker;
import fiches.guide.Guide;
import fiches.parse.Draft;
import fiches.parse.GuideParser;
import fiches.problem.GuideProblems;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import fiches.source.SourceReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads, parses and checks one guide file; never throws for a bad guide. */
public final class GuideLoader {
    private final SourceReader reader;
    private final GuideParser parser = new GuideParser();
    private final GuideChecker checker = new GuideChecker();

    public GuideLoader() {
        this(new SourceReader());
    }

    public GuideLoader(SourceReader reader) {
        this.reader = reader;
    }

    /** A guide ready to render (present only when there is no error), and every problem found. */
    public record Loaded(Path file, Optional<Guide> guide, Optional<GuideSource> source, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Only the text of a guide file, or nothing when it cannot be read (then {@link #load} says why). */
    public Optional<GuideSource> read(Path file) {
        try {
            return Optional.of(reader.read(file));
        } catch (GuideProblems e) {
            return Optional.empty();
        }
    }

    public Loaded load(Path file) {
        GuideSource source;
        try {
            source = reader.read(file);
        } catch (GuideProblems e) {
            return new Loaded(file, Optional.empty(), Optional.empty(), e.problems());
        }
        Draft draft = parser.parse(source);
        List<Problem> problems = checker.check(draft);
        boolean ok = problems.stream().noneMatch(Problem::isError);
        return new Loaded(file, ok ? draft.guide() : Optional.empty(), Optional.of(source), problems);
    }
}
