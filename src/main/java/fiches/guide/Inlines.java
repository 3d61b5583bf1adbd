package fiches.guide;

import java.util.List;
import java.util.function.Consumer;

/** Every inline of a guide's body, however deeply nested in lists, tables and quotes: a shorthand for {@link GuideWalker}. */
public final class Inlines {
    private Inlines() {}

    public static void forEach(List<Section> sections, Consumer<Inline> action) {
        GuideWalker.walk(sections, new GuideVisitor() {
            @Override
            public void inline(Inline inline) {
                action.accept(inline);
            }
        });
    }
}
