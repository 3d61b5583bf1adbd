package fiches.pdf;

import fiches.product.PrintSize;
import fiches.product.TextWidths;
import fiches.util.Digest;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every guide of a run shares, read once: the fonts, the stylesheets, the sRGB profile.
 * Immutable after construction, so any number of threads may use it.
 */
public final class Resources {
    /**
     * The fonts and where they come from; the first family draws, the second fills gaps. A
     * language whose letters the first lacks names its own family (its {@code language.font}):
     * Noto Sans Arabic for Arabic and Persian, Noto Sans for Cyrillic; the first family then
     * draws the Latin words inside its text. A font is embedded only where a document uses it.
     */
    static final List<FontFile> FONTS = List.of(
            new FontFile("AtkinsonHyperlegibleNext_400Regular.ttf", "Atkinson Hyperlegible Next", 400),
            new FontFile("AtkinsonHyperlegibleNext_700Bold.ttf", "Atkinson Hyperlegible Next", 700),
            new FontFile("DejaVuSans.ttf", "DejaVu Sans", 400),
            new FontFile("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new FontFile("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new FontFile("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            new FontFile("NotoSans-Regular.ttf", "Noto Sans", 400),
            new FontFile("NotoSans-Bold.ttf", "Noto Sans", 700));

    /** The family of the body text, which every guide in a Latin script is printed in. */
    public static final String BODY_FAMILY = fiches.layout.GuideLayout.BODY_FAMILY;

    record FontFile(String fileName, String family, int weight) {}

    private final Path home;
    private final Map<FontFile, byte[]> fonts;
    private final String css;
    private final byte[] srgb;
    private final FontCache fontCache;
    private final String digest;
    private final double xHeight;
    private final Map<String, Double> letterHeights;
    private final TextWidths textWidths;

    private Resources(Path home) throws IOException {
        this.home = home.toAbsolutePath().normalize();
        Map<FontFile, byte[]> loaded = new java.util.LinkedHashMap<>();
        for (FontFile f : FONTS) {
            loaded.put(f, Files.readAllBytes(fonts().resolve(f.fileName())));
        }
        this.fonts = java.util.Collections.unmodifiableMap(loaded);
        this.css = read(styles().resolve("fiches.css"));
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.fontCache = new FontCache(fonts);
        this.xHeight = FontCache.xHeight(fonts.get(FONTS.get(0)));
        Map<String, Double> heights = new java.util.LinkedHashMap<>();
        for (FontFile f : FONTS) {
            if (f.weight() == 400) {
                heights.put(f.family(), LetterHeight.of(fonts.get(f)));
            }
        }
        this.letterHeights = Map.copyOf(heights);
        this.digest = digestOf(loaded.values(), List.of(css));
        TextWidths widths = TextWidths.of(
                loaded.get(FONTS.get(0)), loaded.get(FONTS.get(1)), loaded.get(FONTS.get(2)), loaded.get(FONTS.get(3)));
        // A guide in its own family measures its letters in that family first, then as the body
        // text does: the order of the font-family list the layout writes for it.
        for (String family : List.of("Noto Sans Arabic", "Noto Sans")) {
            widths = widths.with(family, file(family, 400), file(family, 700));
        }
        this.textWidths = widths;
    }

    private byte[] file(String family, int weight) {
        return fonts.entrySet().stream()
                .filter(e -> e.getKey().family().equals(family) && e.getKey().weight() == weight)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no font " + family + " " + weight));
    }

    private static String digestOf(Iterable<byte[]> fontFiles, Iterable<String> styles) {
        Digest digest = new Digest();
        fontFiles.forEach(digest::bytes);
        styles.forEach(digest::text);
        return digest.hex();
    }

    /** A digest of the fonts and styles: when it changes, every PDF must be made again. */
    public String digest() {
        return digest;
    }

    /** Loads the fonts and styles of a Fiches folder (the one holding {@code fonts/} and {@code styles/}). */
    public static Resources load(Path home) {
        try {
            return new Resources(home);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Fiches cannot read its fonts and styles in " + home.toAbsolutePath()
                            + "; run it from its own folder or set FICHES_HOME",
                    e);
        }
    }

    public Path fonts() {
        return home.resolve("fonts");
    }

    public Path styles() {
        return home.resolve("styles");
    }

    FontCache fontCache() {
        return fontCache;
    }

    /** The body font's x-height, in em. */
    public double xHeight() {
        return xHeight;
    }

    /** A print-size preset as the body font's size: letters as tall as the preset's in Arial. */
    public PrintSize printSize(int preset) {
        return PrintSize.of(preset, xHeight);
    }

    /** The stylesheet at a print-size preset. */
    public String css(int preset) {
        return css + "\nbody { font-size: " + printSize(preset).body() + "pt; }\n";
    }

    /** The body text's size in points for a print-size preset: what layout measures words at. */
    public float bodySize(int preset) {
        return (float) printSize(preset).body();
    }

    /**
     * The body size of each family at a print-size preset, for a guide printed in that family:
     * its letters as tall as the preset's in Arial. The height of a Latin font's letters is its
     * x-height; that of an Arabic font, which has none, the height of its letters' teeth and
     * bowls (see {@link LetterHeight}).
     */
    public Map<String, Float> bodySizes(int preset) {
        Map<String, Float> sizes = new java.util.LinkedHashMap<>();
        letterHeights.forEach((family, height) ->
                sizes.put(family, (float) PrintSize.of(preset, height).body()));
        // The body family keeps the size it has always had, from its OS/2 x-height.
        sizes.put(BODY_FAMILY, bodySize(preset));
        return Map.copyOf(sizes);
    }

    /** The embedded fonts of one weight (400 or 700), the first drawing and the others filling its gaps. */
    public List<byte[]> fontFiles(int weight) {
        return FONTS.stream()
                .filter(f -> f.weight() == weight)
                .map(f -> fonts.get(f).clone())
                .toList();
    }

    /** The widths of the embedded fonts' characters, for layout to decide what fits. */
    public TextWidths textWidths() {
        return textWidths;
    }

    /** The body font's file, regular weight: embedded whole where a reader types text. */
    byte[] bodyFont() {
        return fonts.get(FONTS.get(0)).clone();
    }

    byte[] srgbProfile() {
        return srgb.clone();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
