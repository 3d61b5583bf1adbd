package fiches.layout;

import fiches.guide.LinkScheme;
import fiches.product.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reserves the place of a QR code beside each web address of a guide: a paragraph that names
 * the address, with the code's square kept free in its left padding. The PDF stage draws the
 * code there, for every element whose id starts with {@link GuideLayout#QR_ID} and that carries
 * its address in {@link #ADDRESS}, whoever wrote it.
 * <p>
 * One code per distinct address in a guide, after the block (paragraph, list item, table) that
 * holds its first link: each code takes as much height as three lines of text, and a code
 * repeated for every mention would push a one-sheet guide onto a second sheet.
 */
final class QrPlaces {
    /** The attribute that holds the address a placeholder's code encodes. */
    static final String ADDRESS = "data-qr";
    /** The room between the code and its caption. */
    private static final float GAP_MM = 5f;

    private final Xhtml x;
    private final Labels labels;
    private final Set<String> given = new HashSet<>();
    private final List<String> pending = new ArrayList<>();
    private int count;

    QrPlaces(Xhtml x, Labels labels) {
        this.x = x;
        this.labels = labels;
    }

    /** A link was printed: its address gets a code after the block that holds it, unless one has it already. */
    void linked(String url) {
        String address = url.strip();
        if (isWebAddress(address) && QrCode.of(address).isPresent() && given.add(address)) {
            pending.add(address);
        }
    }

    /**
     * The code to the guide's own accessible edition online, on page 1, when the desk says where
     * its PDFs are published: a phone opens it where typing the address fails.
     */
    void online(Element parent, String address) {
        if (QrCode.of(address).isPresent() && given.add(address)) {
            place(parent, address, labels.qrOnline());
        }
    }

    /** Writes the codes of the links printed since the last call, at the end of {@code parent}. */
    void flush(Element parent) {
        for (String address : pending) {
            place(parent, address, labels.qrCaption(site(address)));
        }
        pending.clear();
    }

    /** A placeholder for the code of {@code address}, with the words printed beside it. */
    Element place(Element parent, String address, String caption) {
        QrCode code = QrCode.of(address).orElseThrow(() -> new IllegalArgumentException("no QR code for " + address));
        Element p = x.addText(parent, "p", caption);
        p.setAttribute("class", "qr");
        p.setAttribute("id", GuideLayout.QR_ID + ++count);
        p.setAttribute(ADDRESS, address);
        p.setAttribute(
                "style",
                String.format(
                        Locale.ROOT,
                        "min-height: %.2fmm; padding-%s: %.2fmm",
                        code.sideMm(),
                        labels.rules().direction().start().css(),
                        code.sideMm() + GAP_MM));
        return p;
    }

    /**
     * The site an address belongs to, « www.ameli.fr »: the words beside a code name it, while the
     * whole address is printed with the link just above, and a long one would need many lines.
     */
    static String site(String address) {
        String readable = BlockWriter.readableAddress(address);
        int end = readable.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = readable.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return readable.substring(0, end);
    }

    private static boolean isWebAddress(String url) {
        return LinkScheme.of(url).filter(LinkScheme::isWeb).isPresent();
    }
}
