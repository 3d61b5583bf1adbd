package fiches.pdf;

import fiches.layout.QrCode;
import fiches.product.Labels;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * Draws each reserved QR code as black filled rectangles, one per run of dark modules in a row,
 * so that it is crisp on any printer, and tags it as a Figure whose /Alt gives its address, just
 * before the words printed beside it. The same in both editions: the code is information a
 * reader may want announced (« there is a code to scan here, for this address »), not page
 * furniture, so it is real content rather than an artifact (PDF/UA-1, 7.1 and 7.3).
 */
final class QrFigures {
    private static final COSName FIGURE = COSName.getPDFName(StandardStructureTypes.Figure);

    void draw(PDDocument doc, List<QrMark> marks, Labels labels) throws IOException {
        if (marks.isEmpty()) {
            return;
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        COSArray nums = FormElements.flatParentTree(root);
        for (QrMark mark : marks) {
            QrCode code = QrCode.of(mark.address())
                    .orElseThrow(
                            () -> new IllegalStateException("no QR code for a reserved address: " + mark.address()));
            PDStructureElement figure = figure(mark, labels);
            COSArray pageElements = pageElements(root, nums, mark.page());
            int mcid = pageElements.size();
            pageElements.add(figure.getCOSObject());
            figure.getCOSObject().setInt(COSName.K, mcid);
            paint(doc, mark, code, mcid);
        }
    }

    private static PDStructureElement figure(QrMark mark, Labels labels) {
        PDStructureNode parent = mark.words().getParent();
        PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, parent);
        figure.setPage(mark.page());
        figure.setAlternateDescription(labels.qrDescription(mark.address()));
        // Read before the words beside it, as it is seen: the code on their left.
        parent.insertBefore(figure, mark.words());
        return figure;
    }

    private static void paint(PDDocument doc, QrMark mark, QrCode code, int mcid) throws IOException {
        float module = code.sideMm() * BoxPositions.POINTS_PER_MM / code.size();
        try (PDPageContentStream cs =
                new PDPageContentStream(doc, mark.page(), PDPageContentStream.AppendMode.APPEND, true, true)) {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(FIGURE, PDPropertyList.create(properties));
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int y = 0; y < code.size(); y++) {
                float bottom = mark.top() - (y + 1) * module;
                int x = 0;
                while (x < code.size()) {
                    if (!code.dark(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < code.size() && code.dark(x, y)) {
                        x++;
                    }
                    cs.addRect(mark.left() + start * module, bottom, (x - start) * module, module);
                }
            }
            cs.fill();
            cs.endMarkedContent();
        }
    }

    /**
     * The page's entry of the parent tree: its structure elements by marked-content id. The
     * renderer numbers a page's marked content from 0, so the next id is the entry's size.
     */
    private static COSArray pageElements(PDStructureTreeRoot root, COSArray nums, PDPage page) {
        int key = page.getStructParents();
        if (page.getCOSObject().containsKey(COSName.STRUCT_PARENTS)) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                COSBase value = nums.getObject(i + 1);
                if (nums.getObject(i) instanceof COSNumber n && n.intValue() == key && value instanceof COSArray a) {
                    return a;
                }
            }
        }
        int next = root.getParentTreeNextKey();
        COSArray elements = new COSArray();
        page.setStructParents(next);
        nums.add(COSInteger.get(next));
        nums.add(elements);
        root.setParentTreeNextKey(next + 1);
        return elements;
    }
}
