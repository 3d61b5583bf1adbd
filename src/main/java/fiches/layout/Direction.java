package fiches.layout;

import fiches.guide.Language;
import fiches.product.LanguageRules;
import fiches.product.TextDirection;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Which way a guide's lines run, and so which side of the page its geometry starts on: the step
 * box, the QR code, the « (suite) » reminder and the recueil's outer side all ask this one switch.
 * The layout writes it as the document's {@code dir}; the PDF stage reads it back from the
 * document it is given ({@link #of(Document)}), never from a table of languages.
 */
public enum Direction {
    /** Left to right: Latin, Cyrillic. Lines start on the left. */
    LTR,
    /** Right to left: Arabic, Persian. Lines start on the right; pages are mirrored. */
    RTL;

    /** The key of a language's file of words that names its direction, {@code ltr} or {@code rtl}. */
    static final String KEY = "language.direction";

    /**
     * A language's direction, from its file of words ({@code language.direction}); left to right
     * when the file does not say.
     */
    public static Direction of(Language lang) {
        return LanguageRules.of(lang).direction() == TextDirection.RTL ? RTL : LTR;
    }

    /** The direction a laid-out document declares on its root ({@code dir}); left to right when none. */
    public static Direction of(Document xhtml) {
        Element root = xhtml.getDocumentElement();
        return root == null ? LTR : parse(root.getAttribute("dir"));
    }

    private static Direction parse(String written) {
        return written.strip().equalsIgnoreCase("rtl") ? RTL : LTR;
    }

    /** The value of an HTML {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The side a line starts on, as CSS names it: {@code left} or {@code right}. */
    public String start() {
        return this == LTR ? "left" : "right";
    }

    public boolean isRightToLeft() {
        return this == RTL;
    }

    /**
     * Where a square of {@code side} goes at the start of a block that runs from {@code left} for
     * {@code width}: its left edge, in the same unit.
     */
    public float startOf(float left, float width, float side) {
        return this == LTR ? left : left + width - side;
    }
}
