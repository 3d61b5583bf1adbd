package fiches.parse;

import fiches.guide.CheckedImages;
import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Metadata;
import fiches.guide.Section;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What parsing made of a guide, even a broken one, so that checks can still report on its
 * body when its front matter is wrong.
 *
 * @param file      the guide file
 * @param text      its text, whose line i + 1 is {@code text.split("\n")[i]}
 * @param slug      its output name
 * @param meta      the front matter, absent when it has errors
 * @param steps     the step count the front matter announces, present even when its other keys are wrong
 * @param stepsLine the line of the {@code steps} key, for messages about the step count
 * @param sections  the body's sections
 * @param faq       the questions of the front matter
 * @param problems  what parsing found wrong
 * @param keyLines  the file line of each front-matter key, for messages about its value
 * @param images    where the checks keep the images they decoded, for the renderer
 * @param bodyRead  false when the body was not read (no front matter, or a body past the
 *                  {@link SourceLimits}): checks of its content would only report its absence
 */
public record Draft(
        Path file,
        String text,
        String slug,
        Optional<Metadata> meta,
        Optional<Integer> steps,
        int stepsLine,
        List<Section> sections,
        List<FaqEntry> faq,
        List<Problem> problems,
        Map<String, Integer> keyLines,
        CheckedImages images,
        boolean bodyRead) {
    public Draft {
        keyLines = Map.copyOf(keyLines);
        sections = List.copyOf(sections);
        faq = List.copyOf(faq);
        problems = List.copyOf(problems);
    }

    /** The guide, when its front matter could be read. */
    public Optional<Guide> guide() {
        return meta.map(m -> new Guide(file, slug, m, sections, faq, images));
    }
}
