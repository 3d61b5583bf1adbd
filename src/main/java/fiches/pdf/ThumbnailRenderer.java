package fiches.pdf;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Draws a page as small as a thumbnail, with each letter as a grey bar of its width (« greeked »
 * text): at 24 dpi a letter is a few pixels, unreadable either way. Pictures (a screenshot, the
 * desk's logo) are grey blocks and a QR code is a dark one, for the same reason; rules and boxes
 * are drawn as they are, in their grey. PDFBox reads the page's content; the shapes are filled on
 * a {@link GreyCanvas}, without smoothing and without PDFBox's page drawer, whose start-up and
 * per-shape work (glyph outlines, Java 2D) were most of the catalogue's cost. A clip is applied
 * as its bounding box: the renderer clips a page's content to its text area, so that the lines
 * of a step carried over to the next page do not show at the foot of this one, and those clips
 * are boxes.
 */
final class ThumbnailRenderer extends PDFGraphicsStreamEngine {
    /** The height of a letter's bar, as a share of the font size: the body font's x-height. */
    private static final float BAR = 0.5f;
    /** Black letters seen from afar: a dark grey. */
    private static final int LETTERS = 80;
    /** Pictures seen from afar: a lighter grey than the letters. */
    private static final int PICTURES = 160;
    /** A shape with this many parts or more is drawn as one block. */
    private static final int MANY_PARTS = 64;
    /** How far a curve may stray from its flattened outline, in pixels. */
    private static final double FLATNESS = 0.25;

    private final GreyCanvas canvas;
    /** Pixels per point. */
    private final float scale;
    /** From the page's space to the picture's pixels: scaled, turned as the page is shown, y downwards. */
    private final AffineTransform toPixels;

    private final Path2D.Double path = new Path2D.Double();
    private final BarFonts fonts = new BarFonts();
    /** The winding rule of a clip to apply once the current path is painted, or -1 for none. */
    private int clipRule = -1;
    /** The clip the canvas was last cut to: a state's list of clipping paths, and how many it held. */
    private List<Path2D> lastClips;

    private int lastClipCount;

    private ThumbnailRenderer(PDPage page, float dpi) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.scale = dpi / 72;
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? crop.getHeight() : crop.getWidth();
        float height = sideways ? crop.getWidth() : crop.getHeight();
        this.canvas = new GreyCanvas(pixels(width * scale), pixels(height * scale));
        // As PDFBox's renderer places a page: scale, turn, then flip y about the crop box.
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
        if (rotation != 0) {
            t.translate(rotation == 270 ? 0 : width, rotation == 90 ? 0 : height);
            t.rotate(Math.toRadians(rotation));
        }
        t.translate(0, crop.getHeight());
        t.scale(1, -1);
        t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        this.toPixels = t;
        addOperator(fonts.setFont(this));
    }

    /** The page drawn at this resolution, in greys, as a PNG file. */
    static byte[] draw(PDPage page, float dpi) throws IOException {
        ThumbnailRenderer drawer = new ThumbnailRenderer(page, dpi);
        drawer.processPage(page);
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!annotation.isHidden() && !annotation.isNoView() && !annotation.isInvisible()) {
                drawer.showAnnotation(annotation);
            }
        }
        return drawer.canvas.png();
    }

    private static int pixels(float size) {
        return (int) Math.max(Math.floor(size), 1);
    }

    @Override
    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font == null || fonts.blank(font, code)) {
            return; // a space stays a gap between words
        }
        clipCanvas();
        Matrix m = textRenderingMatrix;
        if (m.getShearX() == 0 && m.getShearY() == 0 && toPixels.getShearX() == 0) {
            // upright text on an upright page, nearly always: the bar is a box between two corners
            Point2D from = toPixels.transform(new Point2D.Float(m.getTranslateX(), m.getTranslateY()), null);
            Point2D to = toPixels.transform(
                    new Point2D.Float(
                            m.getTranslateX() + displacement.getX() * m.getScaleX(),
                            m.getTranslateY() + BAR * m.getScaleY()),
                    null);
            canvas.fill(from.getX(), from.getY(), to.getX(), to.getY(), LETTERS);
            return;
        }
        AffineTransform t = new AffineTransform(toPixels);
        t.concatenate(m.createAffineTransform());
        canvas.fill(new Rectangle2D.Float(0, 0, displacement.getX(), BAR).getPathIterator(t), LETTERS);
    }

    /** A picture is a grey block, as its letters are bars: its pixels would not show at this size. */
    @Override
    public void drawImage(PDImage image) {
        clipCanvas();
        AffineTransform t = new AffineTransform(toPixels);
        t.concatenate(getGraphicsState().getCurrentTransformationMatrix().createAffineTransform());
        canvas.fill(new Rectangle2D.Float(0, 0, 1, 1).getPathIterator(t), PICTURES);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        ended();
    }

    /** As PDF says, a clip set with the path takes effect once the path is painted. */
    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    /** The path painted: its clip, if it set one, now applies, and the next path starts empty. */
    private void ended() {
        if (clipRule != -1) {
            path.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(new GeneralPath(path));
            clipRule = -1;
        }
        path.reset();
    }

    /** Cuts the canvas to the current clip's box; worked out again only when the clip changed. */
    private void clipCanvas() {
        List<Path2D> clips = getGraphicsState().getCurrentClippingPaths();
        if (clips == lastClips && clips.size() == lastClipCount) {
            return;
        }
        lastClips = clips;
        lastClipCount = clips.size();
        Rectangle2D box = null;
        for (Path2D clip : clips) {
            Rectangle2D bounds = clip.getBounds2D();
            box = box == null ? bounds : box.createIntersection(bounds);
        }
        if (box != null) {
            double[] corners = {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()};
            toPixels.transform(corners, 0, corners, 0, 2);
            canvas.clip(corners[0], corners[1], corners[2], corners[3]);
        }
    }

    /** A shape of many parts (a QR code's modules) is filled as its outline's block. */
    @Override
    public void fillPath(int windingRule) {
        fill(windingRule);
        ended();
    }

    @Override
    public void strokePath() {
        stroke();
        ended();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fill(windingRule);
        stroke();
        ended();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Fiches draws no shadings
    }

    private void fill(int windingRule) {
        clipCanvas();
        if (parts(path) >= MANY_PARTS) {
            canvas.fill(path.getBounds2D().getPathIterator(toPixels), LETTERS);
            return;
        }
        path.setWindingRule(windingRule);
        canvas.fill(
                path.getPathIterator(toPixels, FLATNESS),
                grey(getGraphicsState().getNonStrokingColor()));
    }

    /**
     * Each straight piece of the outline as a band as wide as the line, and never thinner than a
     * pixel: at this size a rule or a box's border would otherwise fall between pixel centres.
     */
    private void stroke() {
        clipCanvas();
        double width = Math.max(transformWidth(getGraphicsState().getLineWidth()) * scale, 1);
        int grey = grey(getGraphicsState().getStrokingColor());
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double x = 0;
        double y = 0;
        for (PathIterator i = path.getPathIterator(toPixels, FLATNESS); !i.isDone(); i.next()) {
            int segment = i.currentSegment(c);
            if (segment == PathIterator.SEG_MOVETO) {
                startX = c[0];
                startY = c[1];
            } else {
                double toX = segment == PathIterator.SEG_CLOSE ? startX : c[0];
                double toY = segment == PathIterator.SEG_CLOSE ? startY : c[1];
                canvas.fill(band(x, y, toX, toY, width).getPathIterator(null), grey);
            }
            x = segment == PathIterator.SEG_CLOSE ? startX : c[0];
            y = segment == PathIterator.SEG_CLOSE ? startY : c[1];
        }
    }

    /** A straight line of this width from one point to another, as a four-sided shape. */
    private static Shape band(double x0, double y0, double x1, double y1, double width) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        double half = width / 2;
        // along the line by half the width at each end too, so that a box's corners meet
        double ux = length == 0 ? 1 : (x1 - x0) / length;
        double uy = length == 0 ? 0 : (y1 - y0) / length;
        double nx = -uy * half;
        double ny = ux * half;
        double ax = x0 - ux * half;
        double ay = y0 - uy * half;
        double bx = x1 + ux * half;
        double by = y1 + uy * half;
        Path2D.Double band = new Path2D.Double();
        band.moveTo(ax + nx, ay + ny);
        band.lineTo(bx + nx, by + ny);
        band.lineTo(bx - nx, by - ny);
        band.lineTo(ax - nx, ay - ny);
        band.closePath();
        return band;
    }

    /** A colour's grey, from its light: the colours Fiches draws with are grey or RGB. */
    private static int grey(PDColor color) {
        float[] c = color.getComponents();
        if (color.getColorSpace() instanceof PDDeviceGray && c.length == 1) {
            return Math.round(c[0] * 255);
        }
        if (color.getColorSpace() instanceof PDDeviceRGB && c.length == 3) {
            return Math.round((0.299f * c[0] + 0.587f * c[1] + 0.114f * c[2]) * 255);
        }
        return LETTERS; // another colour space: drawn as ink
    }

    private static int parts(Path2D path) {
        int moves = 0;
        double[] coords = new double[6];
        for (PathIterator i = path.getPathIterator(null); !i.isDone() && moves < MANY_PARTS; i.next()) {
            if (i.currentSegment(coords) == PathIterator.SEG_MOVETO) {
                moves++;
            }
        }
        return moves;
    }
}
