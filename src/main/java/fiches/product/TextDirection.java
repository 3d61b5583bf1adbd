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

    /** The direction a data file names: {@code ltr} or {@code rtl}, in any case. */
    static TextDirection of(String word) {
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ltr" -> LTR;
            case "rtl" -> RTL;
            default -> throw new IllegalArgumentException("language.direction must be ltr or rtl, not " + word);
        };
    }
}
