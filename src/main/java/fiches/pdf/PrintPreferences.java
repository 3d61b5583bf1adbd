package fiches.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Asks viewers to print at actual size ({@code /PrintScaling /None}, ISO 32000-1 12.2, table 150),
 * and a book to print double-sided ({@code /Duplex /DuplexFlipLongEdge}). Every viewer's default
 * « fit to page » shrinks a page to the printable area of the printer's paper: an A4 page on Letter
 * paper, or on a printer with wide unprintable edges, comes out at 94 % and the body under 18 pt.
 * The viewer preferences the renderer writes ({@code /DisplayDocTitle}, which PDF/UA-1 7.1 asks
 * for) are kept.
 */
final class PrintPreferences {
    private PrintPreferences() {}

    /** A guide's edition: printed at its size, on the side the reader chooses. */
    static void actualSize(PDDocument doc) {
        preferences(doc).setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
    }

    /**
     * A book for a binder: printed at its size and on both sides of each sheet, turned on the long
     * edge as a portrait book is, so that each guide's right-hand first page is a sheet's front.
     * {@code /Duplex} is of PDF 1.7: the catalogue's {@code /Version} says 1.7 already (the renderer
     * writes it); a document of an older version would be raised to it.
     */
    static void actualSizeBothSides(PDDocument doc) {
        PDViewerPreferences preferences = preferences(doc);
        preferences.setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
        preferences.setDuplex(PDViewerPreferences.DUPLEX.DuplexFlipLongEdge);
        if (doc.getVersion() < 1.7f) {
            doc.setVersion(1.7f);
        }
    }

    private static PDViewerPreferences preferences(PDDocument doc) {
        PDViewerPreferences preferences = doc.getDocumentCatalog().getViewerPreferences();
        if (preferences == null) {
            preferences = new PDViewerPreferences(new COSDictionary());
            doc.getDocumentCatalog().setViewerPreferences(preferences);
        }
        return preferences;
    }
}
