package fiches.guide;

/**
 * What to do at each kind of node of a guide's body, for {@link GuideWalker}: one method per kind,
 * each doing nothing unless overridden. A container's method is called before its content is walked.
 */
public interface GuideVisitor {
    default void section(Section section) {}

    default void step(Step step) {}

    default void paragraph(Block.Paragraph paragraph) {}

    default void heading(Block.Heading heading) {}

    default void list(Block.ListBlock list) {}

    default void table(Block.Table table) {}

    default void quote(Block.Quote quote) {}

    default void codeBlock(Block.Code code) {}

    /** Every inline, whatever its kind, unless its own method is overridden. */
    default void inline(Inline inline) {}

    default void text(Inline.Text text) {
        inline(text);
    }

    default void strong(Inline.Strong strong) {
        inline(strong);
    }

    default void emphasis(Inline.Emphasis emphasis) {
        inline(emphasis);
    }

    default void code(Inline.Code code) {
        inline(code);
    }

    default void link(Inline.Link link) {
        inline(link);
    }

    default void image(Inline.Image image) {
        inline(image);
    }

    default void lineBreak(Inline.LineBreak lineBreak) {
        inline(lineBreak);
    }
}
