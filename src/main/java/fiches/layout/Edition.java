package fiches.layout;

/** The two PDFs made from each guide. */
public enum Edition {
    /** Printed for a visitor: large print, a box to tick with a pen. */
    HANDOUT("grands-caracteres", "handout.css"),
    /** Mailed to a relative: tagged PDF/UA-1 with a checkbox to tick on screen. */
    ACCESSIBLE("accessible", "accessible.css");

    private final String suffix;
    private final String stylesheet;

    Edition(String suffix, String stylesheet) {
        this.suffix = suffix;
        this.stylesheet = stylesheet;
    }

    /** The output file name for a guide's slug. */
    public String fileName(String slug) {
        return slug + "-" + suffix + ".pdf";
    }

    public String stylesheet() {
        return stylesheet;
    }
}
