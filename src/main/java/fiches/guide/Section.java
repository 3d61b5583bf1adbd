package fiches.guide;

import java.util.List;

/**
 * A level-2 section of the body.
 *
 * @param title  its heading text
 * @param line   the source line of its heading
 * @param blocks the content before its first step (all of it for an ordinary section)
 * @param steps  its steps: non-empty only for the steps section
 */
public record Section(String title, int line, List<Block> blocks, List<Step> steps) {
    public Section {
        blocks = List.copyOf(blocks);
        steps = List.copyOf(steps);
    }
}
