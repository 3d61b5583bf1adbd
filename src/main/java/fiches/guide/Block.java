package fiches.guide;

import java.util.List;

/**
 * A block of body content. Raw HTML has no block kind: it never reaches the model. Every reader
 * of blocks dispatches through {@link Visitor}, which has one method per kind and no default:
 * a new kind does not compile until the walk, the checks and the XHTML writer all handle it.
 */
public sealed interface Block {

    /** What to do with each kind of block. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R heading(Heading heading);

        R list(ListBlock list);

        R table(Table table);

        R quote(Quote quote);

        R code(Code code);
    }

    <R> R accept(Visitor<R> visitor);

    record Paragraph(List<Inline> content) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }

        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A heading below the step level (### outside the steps section, #### anywhere). */
    record Heading(int level, List<Inline> content) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }

        public Heading {
            content = List.copyOf(content);
        }
    }

    /** A bullet or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }

        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A table: header rows, then body rows; each cell is a run of inlines. */
    record Table(List<List<List<Inline>>> head, List<List<List<Inline>>> body) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }

        public Table {
            head = head.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            body = body.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    record Quote(List<Block> content) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }

        public Quote {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }
}
