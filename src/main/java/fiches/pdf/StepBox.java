package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import fiches.layout.GuideLayout;
import fiches.product.TextDirection;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where a step's box goes: a square of {@link #SIDE_MM} at the start edge of the step title (the
 * left, or the right of a right-to-left page),
 * centred on its first line. The title is one block that never breaks across pages, so the box is
 * always on its page and level with it.
 */
final class StepBox {
    /** The side of the box, in millimetres, as the layout reserves it. */
    static final float SIDE_MM = GuideLayout.BOX_SIDE_MM;
    /**
     * The width of the box's outline in points, printed or interactive alike: thick enough to
     * survive a photocopier. The outline is drawn inside the square.
     */
    static final float LINE_WIDTH = 1.8f;

    private StepBox() {}

    /**
     * @param title     the page position of the step title's block
     * @param direction the guide's: the box is at the side its lines start on, the right of a
     *                  right-to-left title
     */
    static PDRectangle besideFirstLine(PagePosition<Box> title, TextDirection direction) {
        float side = SIDE_MM * BoxPositions.POINTS_PER_MM;
        float top = title.getY() + title.getHeight();
        float firstLine = firstLineHeight(title);
        float y = top - (firstLine + side) / 2;
        return new PDRectangle(direction.startOf(title.getX(), title.getWidth(), side), y, side, side);
    }

    /** The height of the title's first line in points, from its first line box. */
    private static float firstLineHeight(PagePosition<Box> title) {
        Box box = title.getElement();
        if (box.getHeight() <= 0 || box.getChildCount() == 0 || !(box.getChild(0) instanceof LineBox line)) {
            return title.getHeight();
        }
        return line.getHeight() * title.getHeight() / box.getHeight();
    }
}
