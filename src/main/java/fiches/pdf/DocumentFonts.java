package fiches.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one document, each loaded once: the renderer and the post-passes that draw text
 * share the same embedded subset, so a glyph a post-pass adds joins the subset when it is saved.
 */
final class DocumentFonts {
    /** Loads a font into the document. */
    interface Loader {
        PDFont load(Resources.FontFile font) throws IOException;
    }

    private final Loader loader;
    private final Map<Resources.FontFile, PDFont> loaded = new HashMap<>();

    DocumentFonts(Loader loader) {
        this.loader = loader;
    }

    synchronized PDFont get(Resources.FontFile font) {
        return loaded.computeIfAbsent(font, f -> {
            try {
                return loader.load(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The bold face of the main font. */
    PDFont bold() {
        return get(Resources.FONTS.get(1));
    }
}
