package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the renderer tells of where its boxes went, in the forms the post-passes use. */
final class BoxPositions {
    /** Millimetres to PDF points. */
    static final float POINTS_PER_MM = 72f / 25.4f;

    private BoxPositions() {}

    /** Each box by its element's id, as the renderer first reports it. */
    static Map<String, PagePosition<Box>> byId(List<PagePosition<Box>> positions) {
        Map<String, PagePosition<Box>> map = new HashMap<>();
        positions.forEach(p -> map.putIfAbsent(p.getId(), p));
        return map;
    }

    /**
     * The font size a box was laid out with, in points.
     * workaround: the renderer exposes no font size in points; the box's style keeps the size it
     * was laid out with, in the renderer's dots, and the position gives points per dot.
     */
    static float fontSize(PagePosition<Box> position) {
        float pointsPerDot = position.getWidth() / position.getElement().getWidth();
        return position.getElement().getStyle().getFont(null).size * pointsPerDot;
    }
}
