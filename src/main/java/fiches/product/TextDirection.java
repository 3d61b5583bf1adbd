package fiches.product;

/**
 * The direction a language's lines run in, from its data file's {@code language.direction}. The
 * geometry that has a reading side (the tick box, the reminders, the QR codes, the book's outer
 * side) asks it where a line starts instead of assuming the left.
 */
public enum TextDirection {
    /** Left to right: Latin, Cyrillic. */
    LTR,
    /** Right to left: Arabic, Persian. */
    RTL;

    /** The side of the page where a line starts, and where the eye looks first. */
    public enum Side {
        LEFT,
        RIGHT;

        /** The other side. */
        public Side opposite() {
            return this == LEFT ? RIGHT : LEFT;
        }

        /** The side's name as CSS writes it: {@code left} or {@code right}. */
        public String css() {
            return this == LEFT ? "left" : "right";
        }
    }

    /** Where a line starts: left for {@link #LTR}, right for {@link #RTL}. */
    public Side start() {
        return this == LTR ? Side.LEFT : Side.RIGHT;
    }

    /** Where a line ends. */
    public Side end() {
        return start().opposite();
    }

    /** The value of HTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String html() {
        return this == LTR ? "ltr" : "rtl";
    }

    /** Whether lines run from the right. */
    public boolean isRightToLeft() {
        return this == RTL;
    }

    /**
     * Where something {@code side} wide stands at the start of a line that begins at {@code left}
     * and is {@code width} wide: at its left for {@link #LTR}, flush right for {@link #RTL}.
     */
    public float startOf(float left, float width, float side) {
        return this == LTR ? left : left + width - side;
    }

    /**
     * The direction a laid-out document was written in, from its root's {@code dir}: what the
     * PDF stage reads, rather than a table of languages.
     */
    public static TextDirection of(org.w3c.dom.Document xhtml) {
        org.w3c.dom.Element root = xhtml.getDocumentElement();
        return root != null && root.getAttribute("dir").strip().equalsIgnoreCase("rtl") ? RTL : LTR;
    }

    /** The direction a data file names: {@code ltr} or {@code rtl}, in any case. */
    static TextDirection of(String word) {
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ltr" -> LTR;
            case "rtl" -> RTL;
            default -> throw new IllegalArgumentException("language.direction must be ltr or rtl, not " + word);
        };
    }
}
