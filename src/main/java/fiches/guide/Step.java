package fiches.guide;

import java.util.List;

/**
 * One step of the steps section.
 *
 * @param number the number written in its heading
 * @param title  the text after the colon of its heading
 * @param line   the source line of its heading
 * @param body   everything until the next step or section
 */
public record Step(int number, String title, int line, List<Block> body) {
    public Step {
        body = List.copyOf(body);
    }
}
