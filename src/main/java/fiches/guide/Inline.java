package fiches.guide;

import java.util.List;

/** Inline content of a paragraph, heading, list item or table cell. */
public sealed interface Inline {

    /** What to do with each kind of inline: one method per kind and no default (see {@link Block.Visitor}). */
    interface Visitor<R> {
        R text(Text text);

        R strong(Strong strong);

        R emphasis(Emphasis emphasis);

        R code(Code code);

        R link(Link link);

        R image(Image image);

        R lineBreak(LineBreak lineBreak);
    }

    <R> R accept(Visitor<R> visitor);

    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** Markdown bold: screen labels such as button names. */
    record Strong(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }

        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Markdown emphasis; large print shows it in bold, never in italics. */
    record Emphasis(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }

        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /** A link; {@code line} is where it appears in the source. */
    record Link(String url, List<Inline> content, int line) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }

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
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineBreak(this);
        }
    }
}
