package fiches.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** The images painted on a page, with the size they are printed at, and the extent of its rules and frames. */
final class DrawnImages extends PageGraphics {
    /**
     * An image as printed: its width and height on paper in millimetres, its pixel size, and its
     * top and bottom edges in points from the top of the page.
     */
    record Drawn(double widthMm, double heightMm, int widthPx, int heightPx, float top, float bottom) {}

    private final List<Drawn> drawn = new ArrayList<>();
    private final List<float[]> painted = new ArrayList<>();
    private float pathTop = Float.MAX_VALUE;
    private float pathBottom = -Float.MAX_VALUE;

    private DrawnImages(PDPage page) {
        super(page);
    }

    static List<Drawn> on(PDPage page) throws IOException {
        DrawnImages engine = new DrawnImages(page);
        engine.processPage(page);
        return engine.drawn;
    }

    /** The top and bottom, in points from the top of the page, of every path painted on a page. */
    static List<float[]> paths(PDPage page) throws IOException {
        DrawnImages engine = new DrawnImages(page);
        engine.processPage(page);
        return engine.painted;
    }

    private void extend(Point2D... points) {
        float height = getPage().getMediaBox().getHeight();
        for (Point2D p : points) {
            pathTop = Math.min(pathTop, height - (float) p.getY());
            pathBottom = Math.max(pathBottom, height - (float) p.getY());
        }
    }

    private void paint() {
        if (pathTop <= pathBottom) {
            painted.add(new float[] {pathTop, pathBottom});
        }
        endPath();
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float pageHeight = getPage().getMediaBox().getHeight();
        float bottom = pageHeight - ctm.getTranslateY();
        drawn.add(new Drawn(
                ctm.getScalingFactorX() / 72 * 25.4,
                ctm.getScalingFactorY() / 72 * 25.4,
                image.getWidth(),
                image.getHeight(),
                bottom - ctm.getScalingFactorY(),
                bottom));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        extend(p0, p1, p2, p3);
    }

    @Override
    public void moveTo(float x, float y) {
        extend(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        extend(new Point2D.Float(x, y));
    }

    @Override
    public void endPath() {
        pathTop = Float.MAX_VALUE;
        pathBottom = -Float.MAX_VALUE;
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }
}
