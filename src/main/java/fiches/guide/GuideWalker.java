package fiches.guide;

import java.util.List;

/**
 * The one walk of a guide's body: sections, steps, blocks and inlines in source order, each
 * handed to a {@link GuideVisitor}. Every consumer of the model that needs all of it (checks,
 * plain text, image lists) walks it here, so a new kind of node is added in one place. The
 * recursion is bounded: the parser builds no body nested deeper than its limit of 20 levels.
 */
public final class GuideWalker {
    private GuideWalker() {}

    public static void walk(List<Section> sections, GuideVisitor visitor) {
        Walk walk = new Walk(visitor);
        for (Section section : sections) {
            visitor.section(section);
            walk.blocks(section.blocks());
            for (Step step : section.steps()) {
                visitor.step(step);
                walk.blocks(step.body());
            }
        }
    }

    public static void blocks(List<Block> blocks, GuideVisitor visitor) {
        new Walk(visitor).blocks(blocks);
    }

    public static void inlines(List<Inline> inlines, GuideVisitor visitor) {
        new Walk(visitor).inlines(inlines);
    }

    /** Hands each node to the visitor, then walks what it holds: one object for a whole walk. */
    private static final class Walk implements Block.Visitor<Void>, Inline.Visitor<Void> {
        private final GuideVisitor visitor;

        Walk(GuideVisitor visitor) {
            this.visitor = visitor;
        }

        void blocks(List<Block> blocks) {
            blocks.forEach(b -> b.accept(this));
        }

        void inlines(List<Inline> inlines) {
            inlines.forEach(i -> i.accept(this));
        }

        private void cells(List<List<List<Inline>>> rows) {
            rows.forEach(row -> row.forEach(this::inlines));
        }

        @Override
        public Void paragraph(Block.Paragraph p) {
            visitor.paragraph(p);
            inlines(p.content());
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            visitor.heading(h);
            inlines(h.content());
            return null;
        }

        @Override
        public Void list(Block.ListBlock l) {
            visitor.list(l);
            l.items().forEach(this::blocks);
            return null;
        }

        @Override
        public Void table(Block.Table t) {
            visitor.table(t);
            cells(t.head());
            cells(t.body());
            return null;
        }

        @Override
        public Void quote(Block.Quote q) {
            visitor.quote(q);
            blocks(q.content());
            return null;
        }

        @Override
        public Void code(Block.Code c) {
            visitor.codeBlock(c);
            return null;
        }

        @Override
        public Void text(Inline.Text t) {
            visitor.text(t);
            return null;
        }

        @Override
        public Void strong(Inline.Strong s) {
            visitor.strong(s);
            inlines(s.content());
            return null;
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            visitor.emphasis(e);
            inlines(e.content());
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
            inlines(l.content());
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
    }
}
