package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.product.PrintSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beside each web address printed in the handout, a QR code a phone reads back as the exact
 * address: one per distinct address, drawn with vector paths, 20 mm or more with its quiet zone,
 * and tagged as a figure that gives its address.
 */
class QrCodesTest {
    /** Three links, one of them repeated and one long. */
    static final Path GUIDE = EverySize.PRINT_GUIDES.resolve("liens-et-notes.md");

    static Stream<EverySize.Sized> sizes() {
        return PrintSize.PRESETS.stream().map(size -> EverySize.get(GUIDE, size));
    }

    static Stream<EverySize.Sized> everyGuideWithALink() {
        return EverySize.all().filter(g -> !webAddresses(g.guide()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void everyCodeOfTheHandoutReadsBackAsItsExactAddressAt150Dpi(EverySize.Sized g) throws IOException {
        List<String> read = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                List<String> onPage = decodeAll(renderer.renderImageWithDPI(i, 150, ImageType.GRAY));
                assertEquals(
                        QrPaths.codes(doc.getPage(i)).size(),
                        onPage.size(),
                        "page " + (i + 1) + ": codes read against codes drawn " + onPage);
                read.addAll(onPage);
            }
        }
        assertEquals(3, links(g.guide()), "the test guide's links");
        assertEquals(List.copyOf(webAddresses(g.guide())), read, "one code per distinct address, in order");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGuideWithALink")
    void everyDistinctWebAddressHasOneCodeAtLeast20MillimetresWide(EverySize.Sized g) throws IOException {
        int drawn = 0;
        try (PDDocument doc = Loader.loadPDF(g.handout().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (QrPaths.Code code : QrPaths.codes(page)) {
                    drawn++;
                    assertTrue(code.widthMm() >= 20, "a code " + code.widthMm() + " mm wide");
                    assertTrue(code.moduleMm() >= 0.49, "modules of " + code.moduleMm() + " mm");
                    assertEquals(code.dark().getWidth(), code.dark().getHeight(), 0.01, "not square");
                    assertTrue(
                            code.dark().getMinX() >= 0
                                    && code.dark().getMaxX()
                                            <= page.getMediaBox().getWidth(),
                            "off the page");
                }
            }
        }
        assertEquals(webAddresses(g.guide()).size(), drawn, g.toString());
    }

    @ParameterizedTest
    @EnumSource(
            value = Edition.class,
            names = {"HANDOUT", "ACCESSIBLE"})
    void eachCodeIsAFigureWhoseDescriptionGivesItsAddress(Edition edition) throws IOException {
        EverySize.Sized g = EverySize.get(GUIDE, PrintSize.DEFAULT_PRESET);
        Labels labels = new Labels(g.guide().meta().lang());
        try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
            List<PDStructureElement> figures = new ArrayList<>();
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), figures);
            List<String> expected =
                    webAddresses(g.guide()).stream().map(labels::qrDescription).toList();
            assertEquals(
                    expected,
                    figures.stream()
                            .map(PDStructureElement::getAlternateDescription)
                            .toList());
            for (PDStructureElement figure : figures) {
                assertEquals(
                        figure.getCOSObject(),
                        elementOfMarkedContent(doc, figure),
                        "the parent tree does not lead from the code's marked content to its figure");
            }
        }
    }

    /** The structure element the page's parent-tree entry gives for the figure's marked-content id. */
    private static COSBase elementOfMarkedContent(PDDocument doc, PDStructureElement figure) {
        PDPage page = figure.getPage();
        assertNotNull(page, "a figure without its page");
        int mcid = figure.getCOSObject().getInt(COSName.K);
        COSArray nums = doc.getDocumentCatalog()
                .getStructureTreeRoot()
                .getParentTree()
                .getCOSObject()
                .getCOSArray(COSName.NUMS);
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSNumber n && n.intValue() == page.getStructParents()) {
                return ((COSArray) nums.getObject(i + 1)).getObject(mcid);
            }
        }
        return null;
    }

    private static void collectFigures(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String alt = e.getAlternateDescription();
                if ("Figure".equals(e.getStructureType()) && alt != null && alt.contains("://")) {
                    out.add(e);
                }
                collectFigures(e, out);
            }
        }
    }

    /** Every QR code found in the picture of a page, top to bottom. */
    static List<String> decodeAll(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Stream.of(results)
                    .sorted((a, b) -> Float.compare(a.getResultPoints()[0].getY(), b.getResultPoints()[0].getY()))
                    .map(Result::getText)
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The guide's http and https addresses, each once, in the order of their first link. */
    static Set<String> webAddresses(Guide guide) {
        Set<String> addresses = new LinkedHashSet<>();
        Inlines.forEach(guide.sections(), i -> {
            if (i instanceof Inline.Link l && l.url().strip().matches("(?i)https?://.*")) {
                addresses.add(l.url().strip());
            }
        });
        return addresses;
    }

    private static int links(Guide guide) {
        int[] n = {0};
        Inlines.forEach(guide.sections(), i -> n[0] += i instanceof Inline.Link ? 1 : 0);
        return n[0];
    }
}
