package fiches.guide;

import java.util.List;
import java.util.function.Consumer;

/** Every inline of a guide's body, however deeply nested in lists, tables and quotes: a shorthand for {@link GuideWalker}. */
public final class Inlines {
    private Inlines() {
    }

    public static void forEach(List<Section> sections, Consumer<Inline> action) {
        GuideWalker.walk(sections, new GuideVisitor() {
            @Override
            public void text(Inline.Text text) {
                action.accept(text);
            }

            @Override
            public void strong(Inline.Strong strong) {
                action.accept(strong);
            }

            @Override
            public void emphasis(Inline.Emphasis emphasis) {
                action.accept(emphasis);
            }

            @Override
            public void code(Inline.Code code) {
                action.accept(code);
            }

            @Override
            public void link(Inline.Link link) {
                action.accept(link);
            }

            @Override
            public void image(Inline.Image image) {
                action.accept(image);
            }

            @Override
            public void lineBreak(Inline.LineBreak lineBreak) {
                action.accept(lineBreak);
            }
        });
    }
}
