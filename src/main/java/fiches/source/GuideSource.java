package fiches.source;

import fiches.util.Slug;
import java.nio.file.Path;

/**
 * The text of a guide file, decoded and with line endings made {@code \n}.
 *
 * @param file the file it was read from
 * @param text its text, without a byte-order mark
 */
public record GuideSource(Path file, String text) {

    /** The file name without {@code .md}: the name of its outputs. */
    public String slug() {
        return Slug.of(file);
    }
}
