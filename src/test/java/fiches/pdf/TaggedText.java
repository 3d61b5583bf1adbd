package fiches.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** Text reached through the structure tree, as assistive technology reaches it. */
final class TaggedText {
    private TaggedText() {}

    /** The text of a structure element: its marked content on its page, in order. */
    static String of(PDDocument doc, PDStructureElement element) throws IOException {
        StringBuilder sb = new StringBuilder();
        Map<Integer, String> texts = null;
        PDPage textsOf = null;
        for (Object kid : element.getKids()) {
            PDPage page = element.getPage();
            Integer mcid = null;
            if (kid instanceof Integer i) {
                mcid = i;
            } else if (kid instanceof PDMarkedContentReference ref) {
                mcid = ref.getMCID();
                page = ref.getPage() != null ? ref.getPage() : page;
            } else if (kid instanceof PDStructureElement child) {
                sb.append(of(doc, child));
            }
            if (mcid != null && page != null) {
                if (page != textsOf) {
                    texts = mcidTexts(page);
                    textsOf = page;
                }
                sb.append(texts.getOrDefault(mcid, ""));
            }
        }
        return sb.toString();
    }

    /** Each MCID of a page with its text. */
    static Map<Integer, String> mcidTexts(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> map = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            collect(mc, map);
        }
        return map;
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> map) {
        if (mc.getMCID() >= 0) {
            StringBuilder sb = new StringBuilder();
            text(mc, sb);
            map.merge(mc.getMCID(), sb.toString(), String::concat);
        }
        for (Object o : mc.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                collect(inner, map);
            }
        }
    }

    private static void text(PDMarkedContent mc, StringBuilder sb) {
        // What a screen reader reads instead of the glyphs, where the document gives it.
        if (mc.getActualText() != null) {
            sb.append(mc.getActualText());
            return;
        }
        List<Object> contents = new ArrayList<>(mc.getContents());
        for (Object o : contents) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                text(inner, sb);
            }
        }
    }
}
