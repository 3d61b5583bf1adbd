package fiches.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Draws a page as small as a thumbnail, with each letter as a grey bar of its width (« greeked »
 * text): at 24 dpi a letter is a few pixels, unreadable either way, and drawing its outline
 * was most of the catalogue's cost. The bars of one string are filled together, without
 * smoothing, which sets the same pixels as filling them one by one. Pictures, rules and boxes are
 * drawn as they are.
 */
final class ThumbnailRenderer extends PDFRenderer {
    /** The height of a letter's bar, as a share of the font size: the body font's x-height. */
    private static final float BAR = 0.5f;
    /** Black letters seen from afar: a dark grey. */
    private static final Color LETTERS = new Color(80, 80, 80);

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
}
