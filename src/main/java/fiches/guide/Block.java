package fiches.guide;

import java.util.List;

/** A block of body content. Raw HTML has no block kind: it never reaches the model. */
public sealed interface Block {

    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A heading below the step level (### outside the steps section, #### anywhere). */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    /** A bullet or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A table: header rows, then body rows; each cell is a run of inlines. */
    record Table(List<List<List<Inline>>> head, List<List<List<Inline>>> body) implements Block {
        public Table {
            head = head.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            body = body.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Block {
    }
}
