package fiches.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import fiches.guide.Block;
import fiches.guide.PlainText;
import fiches.guide.Section;
import fiches.guide.Step;
import fiches.guide.StepsSection;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Groups the body's blocks into {@code ##} sections, and the steps section into steps. */
final class SectionAssembler {
    private static final String SPACE = "[\\s\\u00A0\\u202F\\u2007\\u2009]*";
    private static final Pattern STEP_HEADING = Pattern.compile(
            // The step word of each language with labels, and its digits: ASCII, Arabic-Indic or
            // Persian (Integer.parseInt reads all three).
            "(?:[EÉ]tape|Step|الخطوة|مرحله|Крок)" + SPACE + "([0-9\\u0660-\\u0669\\u06F0-\\u06F9]+)" + SPACE + ":"
                    + SPACE + "(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final BodyReader reader;
    private final List<Problem> problems;
    private final List<Section> sections = new ArrayList<>();

    private String title = "";
    private int line;
    private boolean inStepsSection;
    private List<Block> blocks = new ArrayList<>();
    private List<Step> steps = new ArrayList<>();
    private Step openStep;
    private List<Block> stepBody;

    SectionAssembler(BodyReader reader, List<Problem> problems) {
        this.reader = reader;
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
        inStepsSection = StepsSection.isStepsTitle(newTitle);
    }

    private void startStep(Heading h) {
        closeStep();
        String text = PlainText.of(reader.inlines(h)).strip();
        // A file saved on a Mac may spell É as E and a combining accent: the same to the author's eye.
        Matcher m = STEP_HEADING.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        if (m.matches()
                && !m.group(2).isBlank()
                && (m.group(1).length() > 3 || Integer.parseInt(m.group(1)) > FrontMatterReader.MAX_STEPS)) {
            problems.add(Problem.error(
                    reader.file(),
                    reader.line(h),
                    Kind.STEP_HEADING_MALFORMED,
                    "The step number " + m.group(1) + " is above " + FrontMatterReader.MAX_STEPS
                            + ", the most steps a guide can have.",
                    "Number the steps 1, 2, 3… in order; split a longer guide in two."));
            openStep = new Step(-1, text, reader.line(h), List.of());
        } else if (!m.matches() || m.group(2).isBlank()) {
            problems.add(Problem.error(
                    reader.file(),
                    reader.line(h),
                    Kind.STEP_HEADING_MALFORMED,
                    "The step heading '" + text + "' is not of the form 'Étape N : Titre'.",
                    "Write it as ### Étape 3 : Trouver le bouton (or ### Step 3: Find the button)."));
            openStep = new Step(-1, text, reader.line(h), List.of());
        } else {
            openStep = new Step(Integer.parseInt(m.group(1)), m.group(2).strip(), reader.line(h), List.of());
        }
        stepBody = new ArrayList<>();
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
