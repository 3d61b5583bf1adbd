package fiches.guide;

import java.util.List;

/** Inline content of a paragraph, heading, list item or table cell. */
public sealed interface Inline {

    record Text(String text) implements Inline {
    }

    /** Markdown bold: screen labels such as button names. */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Markdown emphasis; large print shows it in bold, never in italics. */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
    }

    /** A link; {@code line} is where it appears in the source. */
    record Link(String url, List<Inline> content, int line) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /**
     * An image.
     *
     * @param alt  its alternative text
     * @param path its path as written, relative to the guide's folder
     * @param line the source line where it appears
     */
    record Image(String alt, String path, int line) implements Inline {
    }

    record LineBreak() implements Inline {
    }
}
