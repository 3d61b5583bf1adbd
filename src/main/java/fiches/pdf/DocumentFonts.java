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

    /** A font's parsed file. */
    interface Files {
        org.apache.fontbox.ttf.TrueTypeFont parsed(Resources.FontFile font) throws IOException;
    }

    private final Loader loader;
    private final Files files;
    private final Map<Resources.FontFile, PDFont> loaded = new HashMap<>();

    DocumentFonts(Loader loader, Files files) {
        this.loader = loader;
        this.files = files;
    }

    /**
     * The character map of the file a font of this document was loaded from: before the
     * document is saved, the only way from a glyph back to its character.
     */
    synchronized java.util.Optional<org.apache.fontbox.ttf.CmapLookup> cmap(PDFont font) throws IOException {
        for (Map.Entry<Resources.FontFile, PDFont> e : loaded.entrySet()) {
            if (e.getValue().getCOSObject() == font.getCOSObject()) {
                return java.util.Optional.of(files.parsed(e.getKey()).getUnicodeCmapLookup());
            }
        }
        return java.util.Optional.empty();
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
