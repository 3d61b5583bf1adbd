package fiches.layout;

/** The two PDFs made from each guide. */
public enum Edition {
    /** Printed for a visitor: large print, a box to tick with a pen. */
    HANDOUT("grands-caracteres"),
    /** Mailed to a relative: tagged PDF/UA-1 with a checkbox to tick on screen. */
    ACCESSIBLE("accessible");

    private final String suffix;

    Edition(String suffix) {
        this.suffix = suffix;
    }

    /** The output file name for a guide's slug. */
    public String fileName(String slug) {
        return slug + "-" + suffix + ".pdf";
    }
}
