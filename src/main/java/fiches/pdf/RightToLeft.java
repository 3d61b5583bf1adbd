package fiches.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Right-to-left text for the renderer: the Unicode bidirectional algorithm splits each paragraph
 * into runs and orders them, and Arabic letters are shaped (joined, lam-alef as one) into the
 * presentation forms the font draws. Both are ICU4J's, through openhtmltopdf's own module
 * ({@code openhtmltopdf-rtl-support} 1.1.31: the newest Maven Central serves, over the
 * unchanged interfaces of openhtmltopdf-core 1.1.40). Only a document whose root says
 * {@code dir="rtl"} gets them: without a splitter and reorderer the renderer takes every text as
 * one left-to-right run, which is what a Latin guide is, at no cost.
 */
final class RightToLeft {
    private RightToLeft() {}

    static void use(PdfRendererBuilder builder) {
        builder.useUnicodeBidiSplitter(WholeParagraphSplitter.FACTORY);
        builder.useUnicodeBidiReorderer(new ArabicShaper());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
    }
}
