package fiches.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import fiches.guide.Block;
import fiches.guide.PlainText;
import fiches.guide.Section;
import fiches.guide.Step;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.LanguageRules;
import fiches.product.StepHeading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups the body's blocks into {@code ##} sections, and the steps section into steps, by the
 * heading words of the guide's language (read from the front matter before the body), or of any
 * language when the front matter names none Fiches knows.
 */
final class SectionAssembler {
    private final BodyReader reader;
    /** The guide's language first: its words are those of the messages. */
    private final List<LanguageRules> languages;

    private final List<Problem> problems;
    private final List<Section> sections = new ArrayList<>();

    private String title = "";
    private int line;
    private boolean inStepsSection;
    private List<Block> blocks = new ArrayList<>();
    private List<Step> steps = new ArrayList<>();
    private Step openStep;
    private List<Block> stepBody;

    SectionAssembler(BodyReader reader, List<LanguageRules> languages, List<Problem> problems) {
        this.reader = reader;
        this.languages = List.copyOf(languages);
        this.problems = problems;
    }

    List<Section> assemble(Document document) {
        line = reader.line(document);
        for (Node node : document.getChildren()) {
            if (node instanceof Heading h && h.getLevel() <= 2) {
                closeSection();
                startSection(PlainText.of(reader.inlines(h)).strip(), reader.line(h));
            } else if (node instanceof Heading h && h.getLevel() == 3 && inStepsSection) {
                startStep(h);
            } else {
                Block b = reader.block(node);
                if (b != null) {
                    (openStep != null ? stepBody : blocks).add(b);
                }
            }
        }
        closeSection();
        return sections;
    }

    private void startSection(String newTitle, int newLine) {
        title = newTitle;
        line = newLine;
        inStepsSection = languages.stream().anyMatch(l -> l.isStepsTitle(newTitle));
    }

    private void startStep(Heading h) {
        closeStep();
        String text = PlainText.of(reader.inlines(h)).strip();
        Optional<StepHeading> read = languages.stream()
                .map(l -> l.readStepHeading(text))
                .flatMap(Optional::stream)
                .findFirst();
        LanguageRules words = languages.get(0);
        if (read.isPresent()
                && !read.get().title().isBlank()
                && (read.get().number() < 0 || read.get().number() > FrontMatterReader.MAX_STEPS)) {
            problems.add(Problem.error(
                    reader.file(),
                    reader.line(h),
                    Kind.STEP_HEADING_MALFORMED,
                    "The step number " + read.get().digits() + " is above " + FrontMatterReader.MAX_STEPS
                            + ", the most steps a guide can have.",
                    "Number the steps 1, 2, 3… in order; split a longer guide in two."));
            openStep = new Step(-1, text, reader.line(h), List.of());
        } else if (read.isEmpty() || read.get().title().isBlank()) {
            problems.add(Problem.error(
                    reader.file(),
                    reader.line(h),
                    Kind.STEP_HEADING_MALFORMED,
                    "The step heading '" + text + "' is not of the form '"
                            + words.stepWords().get(0) + " N" + headingColon(words) + "…'.",
                    "Write it as ### " + words.stepHeadingExample() + "."));
            openStep = new Step(-1, text, reader.line(h), List.of());
        } else {
            openStep = new Step(read.get().number(), read.get().title(), reader.line(h), List.of());
        }
        stepBody = new ArrayList<>();
    }

    /** The colon as the language's example writes it after the number: « : » in French, «: » else. */
    private static String headingColon(LanguageRules words) {
        String example = words.stepHeadingExample();
        int colon = example.indexOf(':');
        int start = colon;
        while (start > 0 && Character.isWhitespace(example.charAt(start - 1))) {
            start--;
        }
        return colon < 0 ? ": " : example.substring(start, colon + 1) + " ";
    }

    private void closeStep() {
        if (openStep != null) {
            steps.add(new Step(openStep.number(), openStep.title(), openStep.line(), stepBody));
            openStep = null;
        }
    }

    private void closeSection() {
        closeStep();
        if (!title.isEmpty() || !blocks.isEmpty() || !steps.isEmpty()) {
            sections.add(new Section(title, line, blocks, steps));
        }
        blocks = new ArrayList<>();
        steps = new ArrayList<>();
    }
}
