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
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void paragraph(Block.Paragraph p) {
                visitor.paragraph(p);
                inlines(p.content(), visitor);
                return null;
            }

            @Override
            public Void heading(Block.Heading h) {
                visitor.heading(h);
                inlines(h.content(), visitor);
                return null;
            }

            @Override
            public Void list(Block.ListBlock l) {
                visitor.list(l);
                l.items().forEach(item -> blocks(item, visitor));
                return null;
            }

            @Override
            public Void table(Block.Table t) {
                visitor.table(t);
                t.head().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
                t.body().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
                return null;
            }

            @Override
            public Void quote(Block.Quote q) {
                visitor.quote(q);
                blocks(q.content(), visitor);
                return null;
            }

            @Override
            public Void code(Block.Code c) {
                visitor.codeBlock(c);
                return null;
            }
        });
    }

    public static void inlines(List<Inline> inlines, GuideVisitor visitor) {
        inlines.forEach(i -> inline(i, visitor));
    }

    private static void inline(Inline inline, GuideVisitor visitor) {
        inline.accept(new Inline.Visitor<Void>() {
            @Override
            public Void text(Inline.Text t) {
                visitor.text(t);
                return null;
            }

            @Override
            public Void strong(Inline.Strong s) {
                visitor.strong(s);
                inlines(s.content(), visitor);
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis e) {
                visitor.emphasis(e);
                inlines(e.content(), visitor);
                return null;
            }

            @Override
            public Void code(Inline.Code c) {
                visitor.code(c);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                visitor.link(l);
                inlines(l.content(), visitor);
                return null;
            }

            @Override
            public Void image(Inline.Image img) {
                visitor.image(img);
                return null;
            }

            @Override
            public Void lineBreak(Inline.LineBreak b) {
                visitor.lineBreak(b);
                return null;
            }
        });
    }
}
