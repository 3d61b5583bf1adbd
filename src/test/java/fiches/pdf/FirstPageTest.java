package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue's picture of a handout's first page: small, grey, drawn from the PDF, and like
 * the page seen from afar (letters as bars, pictures as blocks, rules as lines).
 */
class FirstPageTest {
    /** Pixels per point at the picture's resolution. */
    private static final double SCALE = FirstPage.DPI / 72;

    static List<RenderedGuides.Rendered> guides() {
        return RenderedGuides.all().toList();
    }

    @ParameterizedTest
    @MethodSource("guides")
    void everyLetterOfTheFirstPageIsADarkBarWhereItStands(RenderedGuides.Rendered guide) throws IOException {
        byte[] pdf = Files.readAllBytes(guide.handout());
        BufferedImage picture = image(FirstPage.of(pdf).png());
        List<TextPosition> letters =
                firstPage(pdf, t -> t.getUnicode().codePoints().anyMatch(Character::isLetterOrDigit));
        assertTrue(letters.size() > 50, "letters on the first page: " + letters.size());
        float top = Float.MAX_VALUE;
        for (TextPosition t : letters) {
            int x = (int) ((t.getXDirAdj() + t.getWidthDirAdj() / 2) * SCALE);
            int y = (int) ((t.getYDirAdj() - t.getFontSizeInPt() / 4) * SCALE);
            assertTrue(
                    grey(picture, x, y) < 128,
                    "« " + t.getUnicode() + " » at " + x + ", " + y + " is " + grey(picture, x, y));
            top = Math.min(top, t.getYDirAdj() - t.getFontSizeInPt());
        }
        for (int y = 0; y < (int) (top * SCALE); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                assertEquals(255, grey(picture, x, y), "above the first line, at " + x + ", " + y);
            }
        }
    }

    /** The narrow no-break space before « : » in French included, which is no white space to Java. */
    @ParameterizedTest
    @MethodSource("guides")
    void everySpaceOfTheFirstPageIsAGap(RenderedGuides.Rendered guide) throws IOException {
        byte[] pdf = Files.readAllBytes(guide.handout());
        BufferedImage picture = image(FirstPage.of(pdf).png());
        List<TextPosition> spaces =
                firstPage(pdf, t -> t.getUnicode().codePoints().allMatch(Character::isSpaceChar));
        assertTrue(spaces.size() > 10, "spaces on the first page: " + spaces.size());
        for (TextPosition t : spaces) {
            double from = t.getXDirAdj() * SCALE;
            int x = (int) Math.ceil(from - 0.5); // the first pixel whose centre is in the space
            if (x + 0.5 >= from + t.getWidthDirAdj() * SCALE) {
                continue; // narrower than a pixel, and between two centres
            }
            int y = (int) ((t.getYDirAdj() - t.getFontSizeInPt() / 4) * SCALE);
            assertEquals(
                    255,
                    grey(picture, x, y),
                    "U+" + Integer.toHexString(t.getUnicode().charAt(0)) + " at " + x + ", " + y);
        }
    }

    @Test
    void anA4PageIsAPictureOf198By280GreyPixels() throws IOException {
        byte[] pdf = Files.readAllBytes(guides().get(0).handout());
        BufferedImage picture = image(FirstPage.of(pdf).png());
        assertEquals(198, picture.getWidth());
        assertEquals(280, picture.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, picture.getType());
    }

    @Test
    void theSamePdfAlwaysGivesTheSameBytes() throws IOException {
        byte[] pdf = Files.readAllBytes(guides().get(0).handout());
        assertArrayEquals(FirstPage.of(pdf).png(), FirstPage.of(pdf).png());
    }

    /**
     * A page made here with each kind of thing a handout holds: a picture is a light block, a
     * shape of many parts (a QR code) a dark one, a thin rule still a line of pixels, a filled box
     * its own grey, a clipped shape only its part inside the clip, and a space no bar.
     */
    @Test
    void picturesAreLightBlocksQrCodesDarkOnesRulesLinesAndClipsCut() throws IOException {
        BufferedImage picture;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(
                    doc,
                    java.nio.file.Path.of("fonts", "AtkinsonHyperlegibleNext_400Regular.ttf")
                            .toFile());
            PDImageXObject photo =
                    LosslessFactory.createFromImage(doc, new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(photo, 72, 600, 144, 96); // 48 × 32 pixels at (24, 280 - 200 - 32)
                for (int i = 0; i < 100; i++) { // a QR code's modules, at (72, 300) in points
                    s.addRect(72 + (i % 10) * 9, 300 + (i / 10) * 9, 6, 6);
                }
                s.fill();
                s.setLineWidth(0.5f); // a sixth of a pixel
                s.moveTo(72, 200);
                s.lineTo(500, 200);
                s.stroke();
                s.setNonStrokingColor(0.5f); // a mid-grey box
                s.addRect(300, 600, 90, 90);
                s.fill();
                s.setNonStrokingColor(0f);
                s.saveGraphicsState(); // a black square cut to a smaller one, as the renderer cuts a page's text
                s.addRect(400, 100, 50, 50);
                s.clip();
                s.addRect(380, 80, 200, 200);
                s.fill();
                s.restoreGraphicsState();
                s.beginText();
                s.setFont(font, 36);
                s.newLineAtOffset(72, 100);
                s.showText("MM          MM");
                s.endText();
            }
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            doc.save(saved);
            picture = image(FirstPage.of(saved.toByteArray()).png());
        }
        int height = picture.getHeight();
        assertEquals(160, grey(picture, 24 + 24, height - 200 - 16), "the picture's block");
        for (int x = 36; x < 42; x++) {
            for (int y = height - 100 - 18; y < height - 100 - 12; y++) {
                assertEquals(80, grey(picture, x, y), "the QR code's block, between its modules too");
            }
        }
        assertTrue(darkInColumn(picture, 100, height - 67 - 2, height - 67 + 2), "the thin rule");
        assertEquals(128, grey(picture, 100 + 15, height - 200 - 15), "the grey box");
        assertEquals(0, grey(picture, 140, 240), "inside the clip");
        assertEquals(255, grey(picture, 128, 240), "left of the clip");
        assertEquals(255, grey(picture, 140, 228), "above the clip");
        int textRow = (int) ((PDRectangle.A4.getHeight() - 100 - 36 / 4f) * SCALE);
        assertTrue(grey(picture, 24 + 4, textRow) < 128, "the first letters' bar");
        assertEquals(255, grey(picture, 24 + 40, textRow), "the spaces between the letters");
    }

    private static boolean darkInColumn(BufferedImage picture, int x, int fromY, int toY) {
        for (int y = fromY; y <= toY; y++) {
            if (grey(picture, x, y) < 128) {
                return true;
            }
        }
        return false;
    }

    private static List<TextPosition> firstPage(byte[] pdf, java.util.function.Predicate<TextPosition> which)
            throws IOException {
        List<TextPosition> letters = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (which.test(text)) {
                        letters.add(text);
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        return letters;
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int grey(BufferedImage picture, int x, int y) {
        return picture.getRaster().getSample(x, y, 0);
    }
}
