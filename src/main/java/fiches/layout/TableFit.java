package fiches.layout;

import fiches.guide.Block;
import fiches.product.TextWidths;
import fiches.product.Typography;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Whether a table can be printed as a table at the print size without cutting a word: each
 * column at least as wide as its widest word, with the cells' padding and borders, within the
 * text column. Measured with the embedded fonts' widths, the way the renderer measures them.
 */
final class TableFit {
    private static final float MM = 72f / 25.4f;
    /** Per column, from the CSS of {@code th, td}: 2 mm of padding each side and a 1.5 pt rule. */
    private static final float CELL_EXTRA = 4 * MM + 1.5f;
    /** What a list ({@code padding-left: 1.3em}) and a quote (5 mm and a 1.5 pt rule) take from the left. */
    private static final float LIST_INDENT_EM = 1.3f;

    private static final float QUOTE_INDENT = 5 * MM + 1.5f;
    /** Room for rounding in the renderer's own measures. */
    private static final float SLACK = 1.02f;

    private final TextWidths widths;
    private final float size;
    private final Typography typography;
    /** The text column of the guide's paper, in points. */
    private final float column;

    TableFit(TextWidths widths, float size, Typography typography, Paper paper) {
        this.widths = widths;
        this.size = size;
        this.typography = typography;
        this.column = paper.columnPt();
    }

    /** @param parent the element the table would be written into, whose ancestors may indent it */
    boolean fits(Block.Table table, Element parent) {
        return SLACK * minimumWidth(table) + 1.5f <= available(parent);
    }

    /** The narrowest the table can be with no word cut. */
    float minimumWidth(Block.Table table) {
        List<Float> columns = new ArrayList<>();
        table.head().forEach(row -> widen(columns, PrintedCell.row(row, true, typography)));
        table.body().forEach(row -> widen(columns, PrintedCell.row(row, false, typography)));
        float total = 0;
        for (float c : columns) {
            total += c + CELL_EXTRA;
        }
        return total;
    }

    private void widen(List<Float> columns, List<PrintedCell> row) {
        for (int i = 0; i < row.size(); i++) {
            float w = row.get(i).widestWord(widths, size);
            if (i < columns.size()) {
                columns.set(i, Math.max(columns.get(i), w));
            } else {
                columns.add(w);
            }
        }
    }

    private float available(Element parent) {
        float width = column;
        for (Node n = parent; n instanceof Element e; n = n.getParentNode()) {
            switch (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()) {
                case "ul", "ol" -> width -= LIST_INDENT_EM * size;
                case "blockquote" -> width -= QUOTE_INDENT;
                default -> {}
            }
        }
        return width;
    }
}
