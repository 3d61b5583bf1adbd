package fiches.guide;

import java.util.List;

/** The text of inlines without their formatting, as a heading title or a label needs it. */
public final class PlainText {
    private PlainText() {}

    public static String of(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        GuideWalker.inlines(inlines, new GuideVisitor() {
            @Override
            public void text(Inline.Text text) {
                sb.append(text.text());
            }

            @Override
            public void code(Inline.Code code) {
                sb.append(code.text());
            }

            @Override
            public void image(Inline.Image image) {
                sb.append(image.alt());
            }

            @Override
            public void lineBreak(Inline.LineBreak lineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }
}
