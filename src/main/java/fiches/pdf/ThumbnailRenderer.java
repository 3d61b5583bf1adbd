package fiches.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Draws a page as small as a thumbnail, with each letter as a grey bar of its width (« greeked »
 * text): at 24 dpi a letter is a few pixels, unreadable either way, and drawing its outline
 * was most of the catalogue's cost. The bars of one string are filled together, without
 * smoothing, which sets the same pixels as filling them one by one. Pictures (a screenshot, the
 * desk's logo) are grey blocks and a QR code is a dark one, for the same reason; rules and boxes
 * are drawn as they are.
 */
final class ThumbnailRenderer extends PDFRenderer {
    /** The height of a letter's bar, as a share of the font size: the body font's x-height. */
    private static final float BAR = 0.5f;
    /** Black letters seen from afar: a dark grey. */
    private static final Color LETTERS = new Color(80, 80, 80);
    /** Pictures seen from afar: a lighter grey than the letters. */
    private static final Color PICTURES = new Color(160, 160, 160);
    /** A shape with this many parts or more is drawn as one block. */
    private static final int MANY_PARTS = 64;

    ThumbnailRenderer(PDDocument doc) {
        super(doc);
        // Bars and rules need no smoothing at this size, and smoothing was half of the drawing time.
        setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF));
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            /** The bars of the string being shown, filled at once: one fill per glyph was most of the drawing. */
            private Path2D.Double bars;

            @Override
            protected void showText(byte[] string) throws IOException {
                bars = new Path2D.Double();
                try {
                    super.showText(string);
                } finally {
                    Path2D.Double shown = bars;
                    bars = null;
                    if (shown.getCurrentPoint() != null) {
                        Graphics2D g = getGraphics();
                        g.setPaint(LETTERS);
                        g.fill(shown);
                    }
                }
            }

            /** A picture is a grey block, as its letters are bars: its pixels would not show at this size. */
            @Override
            public void drawImage(PDImage image) throws IOException {
                Shape block = getGraphicsState()
                        .getCurrentTransformationMatrix()
                        .createAffineTransform()
                        .createTransformedShape(new Rectangle2D.Float(0, 0, 1, 1));
                Graphics2D g = getGraphics();
                g.setPaint(PICTURES);
                g.fill(block);
            }

            /** A shape of many parts (a QR code's modules) is filled as its outline's block. */
            @Override
            public void fillPath(int windingRule) throws IOException {
                GeneralPath path = getLinePath();
                if (parts(path) < MANY_PARTS) {
                    super.fillPath(windingRule);
                    return;
                }
                Graphics2D g = getGraphics();
                g.setPaint(LETTERS);
                g.fill(path.getBounds2D());
                path.reset();
            }

            @Override
            protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                    throws IOException {
                String unicode = font.toUnicode(code);
                if (unicode == null || unicode.isBlank()) {
                    return; // a space stays a gap between words
                }
                Rectangle2D.Float bar = new Rectangle2D.Float(0, 0, displacement.getX(), BAR);
                Shape shape = textRenderingMatrix.createAffineTransform().createTransformedShape(bar);
                if (bars != null) {
                    bars.append(shape, false);
                    return;
                }
                Graphics2D g = getGraphics(); // a glyph shown outside a string is drawn alone
                g.setPaint(LETTERS);
                g.fill(shape);
            }
        };
    }

    private static int parts(GeneralPath path) {
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
