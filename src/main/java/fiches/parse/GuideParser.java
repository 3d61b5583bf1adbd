package fiches.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import fiches.guide.CheckedImages;
import fiches.guide.Section;
import fiches.problem.GuideProblems;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a guide's text into a {@link Draft}: front matter with SnakeYAML, body with flexmark.
 * One parser serves every guide of a run; it keeps no state between guides.
 */
public final class GuideParser {
    private final Parser markdown;
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterReader frontMatter = new FrontMatterReader();

    public GuideParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        // CommonMark allows spaces in <…> addresses (screenshots are often named so); flexmark
        // reads them only with this option, and otherwise turns the image into a reference.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        this.markdown = Parser.builder(options).build();
    }

    /**
     * What a guide's {@code translation_of} names, and its line, read from the front matter alone
     * (the body is not parsed): for the check of the collection's links. Empty when the guide
     * names none, or names it wrongly (which its own reading reports).
     */
    public Optional<TranslationLink> translationLink(GuideSource source) {
        FrontMatter parts;
        try {
            parts = splitter.split(source);
        } catch (GuideProblems e) {
            return Optional.empty();
        }
        FrontMatterReader.Result meta = frontMatter.read(source.file(), parts.yaml(), parts.yamlFirstLine());
        return meta.meta()
                .flatMap(m -> m.translationOf())
                .map(o -> new TranslationLink(o, meta.keyLines().getOrDefault("translation_of", 0)));
    }

    /** A guide's {@code translation_of}: the slug it names, on which line of its file. */
    public record TranslationLink(String original, int line) {}

    public Draft parse(GuideSource source) {
        FrontMatter parts;
        try {
            parts = splitter.split(source);
        } catch (GuideProblems e) {
            return new Draft(
                    source.file(),
                    source.text(),
                    source.slug(),
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    List.of(),
                    List.of(),
                    e.problems(),
                    Map.of(),
                    new CheckedImages(),
                    false);
        }
        FrontMatterReader.Result meta = frontMatter.read(source.file(), parts.yaml(), parts.yamlFirstLine());
        List<Problem> problems = new ArrayList<>(meta.problems());
        List<Problem> beyondLimits = new SourceLimits(source.file()).check(parts.body(), parts.bodyFirstLine());
        // Flexmark would overflow its stack or take minutes on a body beyond the limits: it is not read at all.
        boolean read = beyondLimits.isEmpty();
        problems.addAll(beyondLimits);
        List<Section> sections = List.of();
        if (read) {
            Document document = markdown.parse(parts.body());
            BodyReader reader = new BodyReader(source.file(), parts.bodyFirstLine(), document, problems);
            sections = new SectionAssembler(reader, meta.headingLanguages(), problems).assemble(document);
        }
        return new Draft(
                source.file(),
                source.text(),
                source.slug(),
                meta.meta(),
                meta.steps(),
                meta.stepsLine(),
                sections,
                meta.faq(),
                problems,
                meta.keyLines(),
                new CheckedImages(),
                read);
    }
}
