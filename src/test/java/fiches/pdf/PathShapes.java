package fiches.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds the squares painted in a page's content, however they are drawn: a rectangle
 * operator or four lines, stroked or filled. Widgets are not page content and are not seen.
 */
public final class PathShapes extends PageGraphics {
    /** A painted square: its side and its centre in points (PDF user space), and its line width. */
    public record Square(double side, float lineWidth, double centreX, double centreY) {
        public double sideMm() {
            return side / 72 * 25.4;
        }
    }

    private final List<Point2D> points = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Square> squares = new ArrayList<>();

    private PathShapes(PDPage page) {
        super(page);
    }

    public static List<Square> squares(PDPage page) throws IOException {
        PathShapes engine = new PathShapes(page);
        engine.processPage(page);
        return engine.squares;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(List.of(p0, p1, p2, p3));
    }

    @Override
    public void moveTo(float x, float y) {
        closeSubpath();
        points.add(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        points.add(new Point2D.Float(x, y));
    }

    @Override
    public void closePath() {
        closeSubpath();
    }

    private void closeSubpath() {
        if (points.size() >= 4) {
            subpaths.add(List.copyOf(points.subList(0, 4)));
        }
        points.clear();
    }

    @Override
    public void strokePath() {
        paint(getGraphicsState().getLineWidth()
                * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
    }

    @Override
    public void fillPath(int windingRule) {
        paint(0);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint(getGraphicsState().getLineWidth()
                * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
    }

    private void paint(float lineWidth) {
        closeSubpath();
        for (List<Point2D> p : subpaths) {
            double w = Math.abs(p.get(0).distance(p.get(1)));
            double h = Math.abs(p.get(1).distance(p.get(2)));
            if (w > 0 && Math.abs(w - h) < 0.5) {
                double cx = (p.get(0).getX() + p.get(2).getX()) / 2;
                double cy = (p.get(0).getY() + p.get(2).getY()) / 2;
                squares.add(new Square(w, lineWidth, cx, cy));
            }
        }
        subpaths.clear();
    }

    @Override
    public void endPath() {
        points.clear();
        subpaths.clear();
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        points.clear();
    }

    @Override
    public Point2D getCurrentPoint() {
        return points.isEmpty() ? new Point2D.Float() : points.get(points.size() - 1);
    }
}
