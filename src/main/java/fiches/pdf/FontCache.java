package fiches.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Parses each font file once per rendering thread instead of once per document, and shares
 * the font metrics between all documents. A parsed font reads its tables lazily and is not
 * safe across threads, hence one per thread; a document only borrows it to embed a subset.
 */
final class FontCache {
    private final Map<Resources.FontFile, byte[]> files;
    private final ThreadLocal<Map<Resources.FontFile, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);
    private final SharedMetrics metrics = new SharedMetrics();

    FontCache(Map<Resources.FontFile, byte[]> files) {
        this.files = files;
    }

    /**
     * Offers every font to a renderer that draws into {@code doc}; each is embedded only if used.
     *
     * @return the document's fonts, for the post-passes that draw text of their own
     */
    DocumentFonts register(PdfRendererBuilder builder, PDDocument doc) {
        DocumentFonts fonts = new DocumentFonts(font -> PDType0Font.load(doc, parsed(font), true), this::parsed);
        for (Resources.FontFile font : files.keySet()) {
            builder.useFont(
                    new PDFontSupplier(null) {
                        @Override
                        public PDFont supply() {
                            return fonts.get(font);
                        }
                    },
                    font.family(),
                    font.weight(),
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        return fonts;
    }

    /** A font file's x-height in em, from its OS/2 table. */
    static double xHeight(byte[] file) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            return ttf.getOS2Windows().getHeight() / (double) ttf.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrueTypeFont parsed(Resources.FontFile font) throws IOException {
        Map<Resources.FontFile, TrueTypeFont> mine = parsed.get();
        TrueTypeFont ttf = mine.get(font);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(files.get(font)));
            // No glyph substitution when drawing: the layout measured the letters one by one,
            // and guide text is composed (é, not e + ◌́), which is all Latin text needs.
            ttf.setEnableGsub(false);
            mine.put(font, ttf);
        }
        return ttf;
    }

    /** The renderer's font-metrics cache, made safe for many threads. */
    private static final class SharedMetrics implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentHashMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
