package fiches.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sheet a guide is printed on, and the text column its margins leave: everything layout
 * measures against the page. The margins are the stylesheet's ({@code @page} in
 * {@code styles/fiches.css}), the same on every paper; the page's size is set by {@link #pageRule}.
 * <p>
 * A guide is printed on the paper of the countries it names: Letter when every one of them uses
 * Letter, A4 otherwise (and when it names none). A guide for France and Canada is printed on A4,
 * which a Canadian printer takes as well, rather than on Letter, which a French desk seldom has.
 */
public enum Paper {
    A4("a4", 210, 297, "A4 portrait"),
    LETTER("letter", 215.9, 279.4, "letter portrait");

    /** The side margins of {@code styles/fiches.css}, each side. */
    static final double SIDE_MARGIN_MM = 20;
    /** The top and bottom margins of {@code styles/fiches.css} (the footer is in the bottom one). */
    static final double TOP_AND_BOTTOM_MARGINS_MM = 22 + 30;
    /** What a picture leaves of its page's text area for the step title and the picture's description. */
    private static final double BESIDE_A_PICTURE_MM = 120;
    /** The codes of the countries that print on Letter, from CLDR (see the file's header). */
    private static final Set<String> LETTER_COUNTRIES = read();

    private final String name;
    private final double widthMm;
    private final double heightMm;
    private final String cssSize;

    Paper(String name, double widthMm, double heightMm, String cssSize) {
        this.name = name;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.cssSize = cssSize;
    }

    /** The paper's name as {@code --paper} takes it and the digest records it: {@code a4}, {@code letter}. */
    public String optionName() {
        return name;
    }

    /**
     * The paper of a guide for these countries (ISO 3166-1 alpha-2 codes): Letter when every one
     * prints on Letter, A4 otherwise and when none is named.
     */
    public static Paper forCountries(List<String> countries) {
        boolean letter = !countries.isEmpty()
                && countries.stream().allMatch(c -> LETTER_COUNTRIES.contains(c.toUpperCase(Locale.ROOT)));
        return letter ? LETTER : A4;
    }

    /** The countries that print on Letter, as CLDR lists them. */
    public static Set<String> letterCountries() {
        return LETTER_COUNTRIES;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** The width in points, as a PDF's media box gives it. */
    public float widthPt() {
        return (float) (widthMm * 72 / 25.4);
    }

    /** The height in points, as a PDF's media box gives it. */
    public float heightPt() {
        return (float) (heightMm * 72 / 25.4);
    }

    /** The text column: the paper's width less the two side margins. */
    double columnMm() {
        return widthMm - 2 * SIDE_MARGIN_MM;
    }

    /** The text column in points. */
    float columnPt() {
        return (float) columnMm() * (72f / 25.4f); // in this order, as layout has always measured it
    }

    /** The tallest a picture may print: its page's text area less room for a step title and its description. */
    double tallestPictureMm() {
        return heightMm - TOP_AND_BOTTOM_MARGINS_MM - BESIDE_A_PICTURE_MM;
    }

    /** The CSS that puts the stylesheet's pages on this paper, added after it. */
    public String pageRule() {
        return "@page { size: " + cssSize + "; }\n";
    }

    private static Set<String> read() {
        try (InputStream in = Paper.class.getResourceAsStream("/fiches/paper/letter-countries.txt")) {
            if (in == null) {
                throw new IOException("the build left out fiches/paper/letter-countries.txt");
            }
            Set<String> codes = new TreeSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    codes.add(s.substring(0, 2));
                }
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
