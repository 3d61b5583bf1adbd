package fiches.product;

/**
 * The editions made from each guide. An edition is what is made and for whom; its output format
 * is the extension of its file, so that an edition in another format (a web page for phones)
 * takes its name from the same slug and suffix.
 */
public enum Edition {
    /** Printed for a visitor: large print, a box to tick with a pen. */
    HANDOUT("grands-caracteres"),
    /** Mailed to a relative: tagged PDF/UA-1 with a checkbox to tick on screen. */
    ACCESSIBLE("accessible");

    /** The extension of the PDF every edition is made as today. */
    public static final String PDF = "pdf";

    private final String suffix;

    Edition(String suffix) {
        this.suffix = suffix;
    }

    /** The output file name of this edition of a guide, in a format: {@code <slug>-accessible.pdf}. */
    public String fileName(String slug, String extension) {
        return slug + "-" + suffix + "." + extension;
    }

    /** The name of this edition's PDF for a guide's slug. */
    public String fileName(String slug) {
        return fileName(slug, PDF);
    }
}
