package fiches.guide;

import java.util.List;

/**
 * The one walk of a guide's body: sections, steps, blocks and inlines in source order, each
 * handed to a {@link GuideVisitor}. Every consumer of the model that needs all of it (checks,
 * plain text, image lists) walks it here, so a new kind of node is added in one place. The
 * recursion is bounded: the parser builds no body nested deeper than its limit of 20 levels.
 */
public final class GuideWalker {
    private GuideWalker() {
    }

    public static void walk(List<Section> sections, GuideVisitor visitor) {
        for (Section section : sections) {
            visitor.section(section);
            blocks(section.blocks(), visitor);
            for (Step step : section.steps()) {
                visitor.step(step);
                blocks(step.body(), visitor);
            }
        }
    }

    public static void blocks(List<Block> blocks, GuideVisitor visitor) {
        blocks.forEach(b -> block(b, visitor));
    }

    private static void block(Block block, GuideVisitor visitor) {
        if (block instanceof Block.Paragraph p) {
            visitor.paragraph(p);
            inlines(p.content(), visitor);
        } else if (block instanceof Block.Heading h) {
            visitor.heading(h);
            inlines(h.content(), visitor);
        } else if (block instanceof Block.ListBlock l) {
            visitor.list(l);
            l.items().forEach(item -> blocks(item, visitor));
        } else if (block instanceof Block.Table t) {
            visitor.table(t);
            t.head().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
            t.body().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
        } else if (block instanceof Block.Quote q) {
            visitor.quote(q);
            blocks(q.content(), visitor);
        } else if (block instanceof Block.Code c) {
            visitor.codeBlock(c);
        } else {
            throw new IllegalArgumentException("a kind of block the walker does not know: " + block);
        }
    }

    public static void inlines(List<Inline> inlines, GuideVisitor visitor) {
        inlines.forEach(i -> inline(i, visitor));
    }

    private static void inline(Inline inline, GuideVisitor visitor) {
        if (inline instanceof Inline.Text t) {
            visitor.text(t);
        } else if (inline instanceof Inline.Strong s) {
            visitor.strong(s);
            inlines(s.content(), visitor);
        } else if (inline instanceof Inline.Emphasis e) {
            visitor.emphasis(e);
            inlines(e.content(), visitor);
        } else if (inline instanceof Inline.Code c) {
            visitor.code(c);
        } else if (inline instanceof Inline.Link l) {
            visitor.link(l);
            inlines(l.content(), visitor);
        } else if (inline instanceof Inline.Image img) {
            visitor.image(img);
        } else if (inline instanceof Inline.LineBreak b) {
            visitor.lineBreak(b);
        } else {
            throw new IllegalArgumentException("a kind of inline the walker does not know: " + inline);
        }
    }
}
