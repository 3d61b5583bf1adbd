package fiches.guide;

import java.util.List;
import java.util.function.Consumer;

/** Visits every inline of a guide's body, however deeply nested in lists, tables and quotes. */
public final class Inlines {
    private Inlines() {
    }

    public static void forEach(List<Section> sections, Consumer<Inline> visitor) {
        for (Section s : sections) {
            blocks(s.blocks(), visitor);
            s.steps().forEach(step -> blocks(step.body(), visitor));
        }
    }

    private static void blocks(List<Block> blocks, Consumer<Inline> visitor) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                inlines(p.content(), visitor);
            } else if (b instanceof Block.Heading h) {
                inlines(h.content(), visitor);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item, visitor));
            } else if (b instanceof Block.Table t) {
                t.head().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
                t.body().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
            } else if (b instanceof Block.Quote q) {
                blocks(q.content(), visitor);
            }
        }
    }

    private static void inlines(List<Inline> inlines, Consumer<Inline> visitor) {
        for (Inline i : inlines) {
            visitor.accept(i);
            if (i instanceof Inline.Strong s) {
                inlines(s.content(), visitor);
            } else if (i instanceof Inline.Emphasis e) {
                inlines(e.content(), visitor);
            } else if (i instanceof Inline.Link l) {
                inlines(l.content(), visitor);
            }
        }
    }
}
