package fiches.guide;

import java.util.List;

/** The text of inlines without their formatting, as a heading title or a label needs it. */
public final class PlainText {
    private PlainText() {
    }

    public static String of(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(sb, inlines);
        return sb.toString();
    }

    private static void append(StringBuilder sb, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Strong s) {
                append(sb, s.content());
            } else if (i instanceof Inline.Emphasis e) {
                append(sb, e.content());
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (i instanceof Inline.Link l) {
                append(sb, l.content());
            } else if (i instanceof Inline.Image img) {
                sb.append(img.alt());
            } else {
                sb.append(' ');
            }
        }
    }
}
