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

    /**
     * The bold faces to draw a line of a document printed in {@code family} with: that family's,
     * then the main font's for the Latin words inside it. Only the main font's for the main family.
     */
    java.util.List<PDFont> bold(String family) {
        java.util.List<PDFont> fonts = new java.util.ArrayList<>();
        for (Resources.FontFile f : Resources.FONTS) {
            if (f.weight() == 700 && f.family().equals(family) && !family.equals(Resources.BODY_FAMILY)) {
                fonts.add(get(f));
            }
        }
        fonts.add(bold());
        return fonts;
    }

    /** The bold face of the main font. */
    PDFont bold() {
        return get(Resources.FONTS.get(1));
    }
}
