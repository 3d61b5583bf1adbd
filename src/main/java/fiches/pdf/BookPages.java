package fiches.pdf;

import fiches.guide.Language;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The guides' pages appended to a book, one guide after the other: its pages, its tagging, its
 * fields and its bookmarks, each guide starting on the page the contents give it.
 */
final class BookPages {
    private final PDDocument book;
    private final BookOutline outline;
    private final BookParentTree parentTree = new BookParentTree();

    BookPages(PDDocument book, BookOutline outline) {
        this.book = book;
        this.outline = outline;
    }

    /**
     * Appends a guide, after blank pages up to the one before its first page.
     *
     * @param n     its number in the book, from 1
     * @param first its first page in the book, from 1
     */
    void append(PDDocument guide, BookBinder.Part part, int n, int first) throws IOException {
        while (book.getNumberOfPages() < first - 1) {
            // The back of the sheet before: the same paper as its front.
            PDRectangle sheet = book.getPage(book.getNumberOfPages() - 1).getMediaBox();
            book.addPage(new PDPage(new PDRectangle(sheet.getWidth(), sheet.getHeight())));
        }
        List<BookOutline.Mark> marks = BookOutline.take(guide);
        BookFields.prepare(guide, n);
        parentTree.take(book);
        // The merger gathers the book's own pages and the first guide under one Document, the
        // book's pages first; later guides join them there. It copies what it takes, so the guide
        // may be closed once its pages are in.
        int kids = n == 1 ? 1 : topKids().size();
        new PDFMergerUtility().appendDocument(book, guide);
        markPart(topKids(), kids, part.lang());
        outline.add(part.theme(), part.title(), marks, first - 1);
    }

    /** Once every guide is in: the book's whole parent tree. */
    void finish() {
        parentTree.take(book);
        parentTree.restore(book);
    }

    /** The elements under the structure tree's root, which the merger gathers in one Document. */
    private COSArray topKids() {
        PDStructureTreeRoot root = book.getDocumentCatalog().getStructureTreeRoot();
        if (root != null && root.getK() instanceof COSDictionary top && top.getCOSArray(COSName.K) != null) {
            return top.getCOSArray(COSName.K);
        }
        return new COSArray();
    }

    /**
     * The merger makes each guide's Document a Part of the book's; it keeps its own language, so that
     * a screen reader switches to English for an English guide of a French book.
     */
    private static void markPart(COSArray kids, int from, Language lang) {
        for (int k = from; k < kids.size(); k++) {
            if (kids.getObject(k) instanceof COSDictionary element) {
                element.setString(COSName.LANG, lang.tag());
            }
        }
    }
}
