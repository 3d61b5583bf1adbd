package fiches.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** The images painted on a page, with the size they are printed at. */
final class DrawnImages extends PDFGraphicsStreamEngine {
    /**
     * An image as printed: its width and height on paper in millimetres, its pixel size, and its
     * top and bottom edges in points from the top of the page.
     */
    record Drawn(double widthMm, double heightMm, int widthPx, int heightPx, float top, float bottom) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    private DrawnImages(PDPage page) {
        super(page);
    }

    static List<Drawn> on(PDPage page) throws IOException {
        DrawnImages engine = new DrawnImages(page);
        engine.processPage(page);
        return engine.drawn;
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float pageHeight = getPage().getMediaBox().getHeight();
        float bottom = pageHeight - ctm.getTranslateY();
        drawn.add(new Drawn(ctm.getScalingFactorX() / 72 * 25.4, ctm.getScalingFactorY() / 72 * 25.4,
                image.getWidth(), image.getHeight(), bottom - ctm.getScalingFactorY(), bottom));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
