package fiches.layout;

import fiches.product.Labels;
import fiches.product.TextWidths;

/**
 * The title as the running footer prints it: whole when « Titre — page 12 sur 12 » fits one line
 * at the print size, else cut after a word and ended with « … ». A footer on two lines would
 * eat into every page and move the page number away from where the reader looks for it. A cut
 * that would keep fewer than its first {@value #MEANINGFUL} meaningful words (« Prendre en… »
 * tells the reader nothing) gives the title the room of the folio's words: the page number is
 * then printed « 12 / 12 ».
 */
final class FooterTitle {
    private static final String ELLIPSIS = "…";
    /** Room for rounding in the renderer's own measures. */
    private static final float SLACK = 1.03f;
    /** The room the renderer keeps for the page count, in em (see the workaround below). */
    private static final float PAGE_COUNT_EM = 4f;
    /** The words a shortened title keeps at least, when the title has that many. */
    static final int MEANINGFUL = 2;
    /** A word of fewer letters is taken for a little word (« en », « de », « la », « to »). */
    private static final int SHORT_WORD = 4;
    /** What the short folio prints between the page and the count. */
    static final String SHORT_OF = "/";

    /** The title as printed, and whether the folio beside it is the short one, « 12 / 12 ». */
    record Fit(String title, boolean shortFolio) {}

    private final TextWidths widths;
    private final float size;
    private final float available;
    private final float availableBeside;

    FooterTitle(TextWidths widths, float size, Labels labels, Paper paper) {
        this.widths = widths;
        this.size = size;
        String digits = widestDigit().repeat(2);
        String folio = labels.footerPage() + " " + digits + " " + labels.footerOf() + " ";
        String shortFolio = " " + digits + " " + SHORT_OF + " ";
        // workaround: the renderer lays the footer out with a stand-in for counter(pages)
        // (https://github.com/openhtmltopdf/openhtmltopdf/issues/206) and wraps the count onto a
        // second line when less than about 3.4 em is left for it, even under white-space: nowrap
        // (https://github.com/danfickle/openhtmltopdf/issues/302). Measured at 18, 20 and 24 pt.
        float pageCount = PAGE_COUNT_EM * size;
        this.available = paper.columnPt() - SLACK * width(labels.footerTitle("") + folio) - pageCount;
        this.availableBeside =
                paper.columnPt() - SLACK * width(labels.footerTitle("").stripTrailing() + shortFolio) - pageCount;
    }

    Fit fit(String title) {
        String t = title.strip();
        String cut = cut(t, available);
        if (cut.equals(t) || meaningfulWords(cut) >= Math.min(MEANINGFUL, meaningfulWords(t))) {
            return new Fit(cut, false);
        }
        return new Fit(cut(t, availableBeside), true);
    }

    private String cut(String t, float room) {
        if (SLACK * width(t) <= room) {
            return t;
        }
        String[] words = t.split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            String longer = kept.isEmpty() ? word : kept + " " + word;
            if (SLACK * width(longer + ELLIPSIS) > room) {
                break;
            }
            kept.setLength(0);
            kept.append(longer);
        }
        if (kept.isEmpty()) { // a first word longer than the line: cut inside it
            for (int i = 1; i < t.length() && SLACK * width(t.substring(0, i) + ELLIPSIS) <= room; i++) {
                kept.setLength(0);
                kept.append(t, 0, i);
            }
        }
        return stripTrailingPunctuation(kept.toString()) + ELLIPSIS;
    }

    /** The words of {@value #SHORT_WORD} letters or more: those that say what the guide is about. */
    private static int meaningfulWords(String text) {
        int n = 0;
        for (String word : text.split("[\\s\\u00A0]+")) {
            if (word.codePoints().filter(Character::isLetter).count() >= SHORT_WORD) {
                n++;
            }
        }
        return n;
    }

    /** « Comment faire, … » reads badly: the cut drops the comma or colon before it. */
    private static String stripTrailingPunctuation(String s) {
        return s.replaceAll("[\\s,;:\\u00A0—–-]+$", "");
    }

    private String widestDigit() {
        String widest = "0";
        for (char d = '0'; d <= '9'; d++) {
            if (width(String.valueOf(d)) > width(widest)) {
                widest = String.valueOf(d);
            }
        }
        return widest;
    }

    private float width(String s) {
        return widths.width(s, false, size);
    }
}
