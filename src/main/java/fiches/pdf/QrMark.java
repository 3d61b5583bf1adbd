package fiches.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import fiches.layout.GuideLayout;
import fiches.layout.QrCode;
import fiches.product.TextDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Where a QR code goes once the pages are made: the top left corner of its placeholder, which
 * keeps the code's square free in its left padding.
 *
 * @param address what the code encodes, exactly
 * @param page    the placeholder's page
 * @param left    the placeholder's left edge, in PDF points
 * @param top     its top edge, in PDF points from the page's bottom
 * @param words   the structure element of the words printed beside the code
 */
record QrMark(String address, PDPage page, float left, float top, PDStructureElement words) {
    private static final Pattern IDS = Pattern.compile("^" + GuideLayout.QR_ID + "\\d+$");

    /** Every placeholder the layout reserved, whoever wrote it, in document order. */
    static List<QrMark> find(PdfBoxRenderer renderer, PDDocument pdf, TextDirection direction) {
        List<QrMark> marks = new ArrayList<>();
        for (PagePosition<Box> p : renderer.findPagePositionsByID(IDS)) {
            String address = p.getElement().getElement().getAttribute(GuideLayout.QR_ADDRESS);
            PDStructureElement words = PdfBoxAccessibilityHelper.getStructualElementForBox(p.getElement());
            if (address.isEmpty() || words == null) {
                throw new IllegalStateException("the QR code placeholder " + p.getId() + " has no address or no tag");
            }
            // A placeholder cannot break across pages: its one position is its page.
            // The code is at the side the words' lines start on: the right of a right-to-left page.
            float side = QrCode.of(address).map(QrCode::sideMm).orElse(0f) * BoxPositions.POINTS_PER_MM;
            float left = direction.startOf(p.getX(), p.getWidth(), side);
            marks.add(new QrMark(address, pdf.getPage(p.getPageNo()), left, p.getY() + p.getHeight(), words));
        }
        return marks;
    }
}
