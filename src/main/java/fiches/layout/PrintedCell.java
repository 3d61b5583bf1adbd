package fiches.layout;

import fiches.guide.Inline;
import fiches.guide.PlainText;
import fiches.product.TextWidths;
import fiches.product.Typography;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A table cell's text as it will be printed, each character with its weight: guide text after
 * the typography rules (whose no-break spaces join words), bold where Markdown asks for it, and a
 * link's address after its words.
 */
final class PrintedCell {
    private final StringBuilder text = new StringBuilder();
    private final BitSet bold = new BitSet();
    private final Typography typography;

    private PrintedCell(Typography typography) {
        this.typography = typography;
    }

    static PrintedCell of(List<Inline> cell, boolean header, Typography typography) {
        PrintedCell c = new PrintedCell(typography);
        c.append(cell, header);
        return c;
    }

    private void append(List<Inline> inlines, boolean isBold) {
        for (Inline i : inlines) {
            i.accept(new Inline.Visitor<Void>() {
                @Override
                public Void text(Inline.Text t) {
                    add(typography.apply(t.text()), isBold);
                    return null;
                }

                @Override
                public Void strong(Inline.Strong s) {
                    append(s.content(), true);
                    return null;
                }

                @Override
                public Void emphasis(Inline.Emphasis e) {
                    append(e.content(), true);
                    return null;
                }

                @Override
                public Void code(Inline.Code c) {
                    add(c.text(), true);
                    return null;
                }

                @Override
                public Void link(Inline.Link l) {
                    append(l.content(), isBold);
                    String address = BlockWriter.readableAddress(l.url());
                    if (!PlainText.of(l.content()).strip().equals(address)) {
                        add(" (" + address + ")", isBold);
                    }
                    return null;
                }

                @Override
                public Void image(Inline.Image img) {
                    add(img.alt(), isBold);
                    return null;
                }

                @Override
                public Void lineBreak(Inline.LineBreak lineBreak) {
                    add(" ", isBold);
                    return null;
                }
            });
        }
    }

    private void add(String s, boolean isBold) {
        if (isBold) {
            bold.set(text.length(), text.length() + s.length());
        }
        text.append(s);
    }

    /**
     * The width of the widest run the renderer cannot break, in points. Runs are cut at ordinary
     * spaces only, which is never finer than where the line breaker may break.
     */
    float widestWord(TextWidths widths, float size) {
        float widest = 0;
        float current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                current = 0;
            } else {
                current += widths.width(String.valueOf(c), bold.get(i), size);
                widest = Math.max(widest, current);
            }
        }
        return widest;
    }

    /** Every cell of a row, printed. */
    static List<PrintedCell> row(List<List<Inline>> cells, boolean header, Typography typography) {
        List<PrintedCell> out = new ArrayList<>();
        cells.forEach(c -> out.add(of(c, header, typography)));
        return out;
    }
}
