package fiches.batch;

import fiches.guide.Guide;
import fiches.pdf.FirstPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run knows of a guide it has just made, kept for the catalogue page and the recueil so that
 * they need not read the guide and its PDFs back from the disk.
 *
 * @param guide     its model, as the run checked it
 * @param sha256    the SHA-256 of each PDF written, by path
 * @param pages     the number of pages of each PDF written, by path
 * @param firstPage the picture of the first page of the first PDF written (the handout, when it is
 *                  made), drawn from the document as it was saved; empty when it could not be drawn
 */
public record Made(Guide guide, Map<Path, String> sha256, Map<Path, Integer> pages, Optional<FirstPage> firstPage) {
    public Made {
        sha256 = Map.copyOf(sha256);
        pages = Map.copyOf(pages);
    }
}
