package fiches.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds the QR codes painted in a page's content: one fill of many rectangles one module high.
 * A code is measured from its dark modules; its printed width adds the quiet zone, four modules
 * on each side, which the paths leave unpainted.
 */
final class QrPaths extends PageGraphics {
    /** The fewest rectangles a fill must hold to be taken for a code: the finder patterns alone hold more. */
    private static final int MIN_RUNS = 20;

    private static final int QUIET_ZONE = 4;

    /**
     * A painted code, in points of the page.
     *
     * @param dark   the box around its dark modules
     * @param module the side of one module
     */
    record Code(Rectangle2D dark, double module) {
        /** The code's width with its quiet zone, in millimetres. */
        double widthMm() {
            return (dark.getWidth() + 2 * QUIET_ZONE * module) / 72 * 25.4;
        }

        double moduleMm() {
            return module / 72 * 25.4;
        }
    }

    private final List<Rectangle2D> rects = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();

    private QrPaths(PDPage page) {
        super(page);
    }

    static List<Code> codes(PDPage page) throws IOException {
        QrPaths engine = new QrPaths(page);
        engine.processPage(page);
        return engine.codes;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
        r.add(p1);
        r.add(p2);
        r.add(p3);
        rects.add(r);
    }

    @Override
    public void fillPath(int windingRule) {
        if (rects.size() >= MIN_RUNS) {
            double module = rects.get(0).getHeight();
            if (rects.stream().allMatch(r -> Math.abs(r.getHeight() - module) < 0.01)) {
                Rectangle2D dark = new Rectangle2D.Double();
                dark.setRect(rects.get(0));
                rects.forEach(dark::add);
                codes.add(new Code(dark, module));
            }
        }
        rects.clear();
    }

    @Override
    public void endPath() {
        rects.clear();
    }

    @Override
    public void strokePath() {
        rects.clear();
    }
}
