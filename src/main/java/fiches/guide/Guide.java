package fiches.guide;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed guide: its metadata, its sections in source order, and its questions.
 *
 * @param file     the Markdown file it was read from
 * @param slug     the file name without {@code .md}, used to name the outputs
 * @param meta     the front matter
 * @param sections the level-2 sections, in source order
 * @param faq      the frequently asked questions of the front matter, possibly empty
 * @param images   its images as they were checked: the only image bytes the renderer is given
 */
public record Guide(
        Path file, String slug, Metadata meta, List<Section> sections, List<FaqEntry> faq, CheckedImages images) {
    public Guide {
        sections = List.copyOf(sections);
        faq = List.copyOf(faq);
    }

    /** The steps of the steps section, in order; empty when the guide has none. */
    public List<Step> steps() {
        return sections.stream().flatMap(s -> s.steps().stream()).toList();
    }

    /** The folder the guide's images are resolved against. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
