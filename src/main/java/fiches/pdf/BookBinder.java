package fiches.pdf;

import fiches.guide.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Binds a book from the PDFs each guide already has: the book's own pages (cover, contents), then
 * each guide's pages as they are, each guide starting on a right-hand page, a blank page before it
 * when needed. The guides are not laid out again, so a book costs little more than copying them.
 * Their tagging, tick boxes, checkboxes and links come with their pages; the binder adds what
 * only a book has: the book's page number on every page, the contents' links to each guide, the
 * bookmarks by theme, field names unique across the book, and each guide's language on its part.
 */
public final class BookBinder {
    private final Resources resources;

    public BookBinder(Resources resources) {
        this.resources = resources;
    }

    /**
     * A guide of the book.
     *
     * @param pdf   its PDF in the edition being bound
     * @param pages its number of pages, when the run that made it knows it
     * @param title its title, as the bookmarks name it
     * @param theme its theme, under which the bookmarks file it
     * @param lang  its language, which its part of the book keeps
     */
    public record Part(Path pdf, Optional<Integer> pages, String title, String theme, Language lang) {}

    /** The book's own pages, made for the page on which each guide starts (from 1). */
    public interface FrontPages {
        byte[] make(List<Integer> firstPages) throws IOException;

        /** How many pages they would take, as cheaply as it can be told. */
        int length(List<Integer> firstPages) throws IOException;
    }

    /**
     * How the book names its own things.
     *
     * @param contents    the contents' bookmark, « Sommaire »
     * @param link        what a link of the contents says, from the guide's title and first page:
     *                    « Créer son compte Ameli — page 12 »
     * @param folio       the book's page number as printed on a page, « Recueil, page 12 »
     * @param folioSize   its size in points
     * @param fingerprint the edition's identity, from which its document ID is derived
     * @param date        its date, for a reproducible creation date; null for none
     */
    public record Words(
            String contents,
            BiFunction<String, Integer, String> link,
            IntFunction<String> folio,
            float folioSize,
            String fingerprint,
            LocalDate date) {}

    /**
     * The bound book's bytes. Only one guide is open at a time, so that a book of a hundred guides
     * stays small in memory; a guide the run did not make is read once more, for its length.
     */
    public byte[] bind(FrontPages front, List<Part> parts, Words words) throws IOException {
        List<Integer> lengths = new ArrayList<>();
        for (Part part : parts) {
            lengths.add(part.pages().isPresent() ? part.pages().get() : length(part.pdf()));
        }
        Layout layout = Layout.settle(front, lengths);
        try (PDDocument book = Loader.loadPDF(layout.front())) {
            BookOutline outline = new BookOutline(book, words.contents(), layout.contentsPage());
            BookPages guides = new BookPages(book, outline);
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                try (PDDocument guide = read(part.pdf())) {
                    if (guide.getNumberOfPages() != lengths.get(i)) {
                        throw new IOException(part.pdf() + " changed while the book was made");
                    }
                    guides.append(guide, part, i + 1, layout.firstPages().get(i));
                }
            }
            guides.finish();
            // A page tree finds a page by walking it: the pages are listed once, not looked up one by one.
            List<PDPage> pages = new ArrayList<>(book.getNumberOfPages());
            book.getPages().forEach(pages::add);
            BookFields.gather(book, pages, resources.bodyFont());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                names.add(words.link()
                        .apply(parts.get(i).title(), layout.firstPages().get(i)));
            }
            new ContentsLinks().point(book, pages, layout.frontLength(), layout.firstPages(), names);
            outline.finish(pages);
            PDType0Font font = PDType0Font.load(book, new ByteArrayInputStream(resources.bodyFont()));
            new Folios(font, words.folioSize(), words.folio()).draw(book, pages);
            return saved(book, words);
        }
    }

    private static int length(Path pdf) throws IOException {
        try (PDDocument guide = read(pdf)) {
            return guide.getNumberOfPages();
        }
    }

    /** A guide's PDF as the run left it; one damaged since it was made is named. */
    private static PDDocument read(Path pdf) throws IOException {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UnreadableGuide(pdf, e);
        }
    }

    /** A guide's PDF that cannot be read: changed or damaged in the output folder since it was made. */
    public static final class UnreadableGuide extends IOException {
        private final Path pdf;

        UnreadableGuide(Path pdf, IOException cause) {
            super(pdf + " cannot be read (" + cause.getMessage() + ")", cause);
            this.pdf = pdf;
        }

        public Path pdf() {
            return pdf;
        }
    }

    private static byte[] saved(PDDocument book, Words words) throws IOException {
        book.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        // workaround: the merger writes /Suspects false into /MarkInfo, its default, which poppler's
        // readers (pdftotext, Evince) report as a syntax error.
        COSDictionary markInfo = book.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
        if (markInfo != null && !markInfo.getBoolean(COSName.getPDFName("Suspects"), false)) {
            markInfo.removeItem(COSName.getPDFName("Suspects"));
        }
        PrintPreferences.actualSizeBothSides(book);
        DocumentIdentity identity = new DocumentIdentity();
        identity.date(book, words.date());
        identity.id(book, words.fingerprint());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        book.save(out);
        return out.toByteArray();
    }

    /**
     * The book's own pages and where each guide starts. They are laid out once to learn how many
     * pages they take, then made with the numbers that follow; how many pages the contents take
     * depends on the numbers they print only in rare cases (a wider number wraps a title), so they
     * are made again until the numbers they print are those of the pages they take.
     *
     * @param front        the bytes of the book's own pages
     * @param frontLength  how many pages they take
     * @param contentsPage the page (from 0) the contents start on
     * @param firstPages   each guide's first page, from 1
     */
    record Layout(byte[] front, int frontLength, int contentsPage, List<Integer> firstPages) {
        private static final int TRIES = 4;

        static Layout settle(FrontPages front, List<Integer> lengths) throws IOException {
            int guess = front.length(firstPages(2, lengths));
            for (int tries = 0; tries < TRIES; tries++) {
                List<Integer> firstPages = firstPages(guess, lengths);
                byte[] bytes = front.make(firstPages);
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    int length = doc.getNumberOfPages();
                    if (length == guess) {
                        return new Layout(bytes, length, ContentsLinks.firstLinkedPage(doc), firstPages);
                    }
                    guess = length;
                }
            }
            throw new IOException("the contents did not settle on a number of pages");
        }

        /** A guide starts on the right-hand (odd) page after the pages before it. */
        private static List<Integer> firstPages(int frontLength, List<Integer> lengths) {
            List<Integer> first = new ArrayList<>();
            int pages = frontLength;
            for (int length : lengths) {
                pages += pages % 2; // a blank left-hand page
                first.add(pages + 1);
                pages += length;
            }
            return first;
        }
    }
}
