package fiches.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/** Finds the straight horizontal lines a page's content strokes: rules and writing lines. */
final class HorizontalLines extends PageGraphics {
    /** A stroked line, in points of the page: its height on the page, its ends and its width. */
    record Line(double y, double left, double right, float lineWidth) {
        double lengthMm() {
            return (right - left) / 72 * 25.4;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Line> path = new ArrayList<>();
    private Point2D current;

    private HorizontalLines(PDPage page) {
        super(page);
    }

    static List<Line> of(PDPage page) throws IOException {
        HorizontalLines engine = new HorizontalLines(page);
        engine.processPage(page);
        return engine.lines;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null && Math.abs(current.getY() - y) < 0.01 && current.getX() != x) {
            path.add(new Line(y, Math.min(current.getX(), x), Math.max(current.getX(), x), 0));
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void strokePath() {
        float width = getGraphicsState().getLineWidth()
                * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY();
        path.forEach(l -> lines.add(new Line(l.y(), l.left(), l.right(), width)));
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        endPath();
    }

    @Override
    public void endPath() {
        path.clear();
        current = null;
    }
}
