package fiches.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/** The small shapes a page paints, such as list bullets: where they are and which shape. */
final class ListMarkers extends PageGraphics {
    enum Shape {
        DISC,
        SQUARE,
        RING
    }

    /** A shape under 20 pt: its left edge, its bottom and its kind. */
    record Marker(double x, double y, Shape shape) {}

    private final List<Marker> markers = new ArrayList<>();
    private Rectangle2D.Double bounds;
    private boolean curved;

    private ListMarkers(PDPage page) {
        super(page);
    }

    static List<Marker> of(PDPage page) throws IOException {
        ListMarkers engine = new ListMarkers(page);
        engine.processPage(page);
        return engine.markers;
    }

    private void add(Point2D p) {
        if (bounds == null) {
            bounds = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        } else {
            bounds.add(p);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curved = true;
        add(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void fillPath(int windingRule) {
        mark(curved ? Shape.DISC : Shape.SQUARE);
    }

    private void mark(Shape shape) {
        if (bounds != null && bounds.getWidth() > 1 && bounds.getWidth() < 20 && bounds.getHeight() < 20) {
            markers.add(new Marker(bounds.getX(), bounds.getY(), shape));
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        if (curved) {
            mark(Shape.RING);
        }
        endPath();
    }

    @Override
    public void endPath() {
        bounds = null;
        curved = false;
    }
}
