package fiches.product;

import java.util.EnumSet;
import java.util.Set;

/**
 * The editions made from each guide. An edition is what is made and for whom; its output format
 * is the extension of its file, so that the web page for phones takes its name from the same slug.
 * Two are PDFs, printed or mailed; the web edition is one HTML page read on a phone.
 */
public enum Edition {
    /** Printed for a visitor: large print, a box to tick with a pen. */
    HANDOUT("-grands-caracteres", "pdf"),
    /** Mailed to a relative: tagged PDF/UA-1 with a checkbox to tick on screen. */
    ACCESSIBLE("-accessible", "pdf"),
    /** Read on a phone: one self-contained page that reflows, with checkboxes that keep their ticks. */
    WEB("", "html");

    /** The extension of the PDF editions. */
    public static final String PDF = "pdf";

    private final String suffix;
    private final String extension;

    Edition(String suffix, String extension) {
        this.suffix = suffix;
        this.extension = extension;
    }

    /** The output file name of this edition of a guide, in a format: {@code <slug>-accessible.pdf}. */
    public String fileName(String slug, String format) {
        return slug + suffix + "." + format;
    }

    /** The name of this edition's file for a guide's slug: {@code <slug>-accessible.pdf}, {@code <slug>.html}. */
    public String fileName(String slug) {
        return fileName(slug, extension);
    }

    /** Whether this edition is a PDF, made by the PDF stage and bound into the recueil. */
    public boolean isPdf() {
        return PDF.equals(extension);
    }

    /** The PDF editions, in their order: the handout, then the accessible edition. */
    public static Set<Edition> pdfs() {
        return pdfs(EnumSet.allOf(Edition.class));
    }

    /** The PDF editions among some, in their order; empty when none is a PDF. */
    public static Set<Edition> pdfs(Set<Edition> editions) {
        EnumSet<Edition> pdfs = EnumSet.noneOf(Edition.class);
        editions.stream().filter(Edition::isPdf).forEach(pdfs::add);
        return pdfs;
    }
}
