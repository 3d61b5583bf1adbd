package fiches.pdf;

import fiches.product.Edition;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A guide's PDFs, in memory, and the picture of the first one's first page when it was asked for.
 *
 * @param pdfs      each edition's bytes, in edition order
 * @param pages     each edition's number of pages
 * @param firstPage drawn from the document still open, just after it was saved as the first
 *                  edition; empty when it was not asked for or could not be drawn
 */
public record Rendered(Map<Edition, byte[]> pdfs, Map<Edition, Integer> pages, Optional<FirstPage> firstPage) {
    public Rendered {
        pdfs = new EnumMap<>(pdfs);
        pages = Map.copyOf(pages);
    }
}
