package fiches.layout;

import fiches.product.Labels;
import fiches.product.TextWidths;

/**
 * The title as the running footer prints it: whole when « Titre — page 12 sur 12 » fits one line
 * at the print size, else cut after a word and ended with « … ». A footer on two lines would
 * eat into every page and move the page number away from where the reader looks for it.
 */
final class FooterTitle {
    private static final String ELLIPSIS = "…";
    /** Room for rounding in the renderer's own measures. */
    private static final float SLACK = 1.03f;
    /** The room the renderer keeps for the page count, in em (see the workaround below). */
    private static final float PAGE_COUNT_EM = 4f;

    private final TextWidths widths;
    private final float size;
    private final float available;

    FooterTitle(TextWidths widths, float size, Labels labels, Paper paper) {
        this.widths = widths;
        this.size = size;
        String folio = labels.footerPage() + " " + widestDigit().repeat(2) + " " + labels.footerOf() + " ";
        // workaround: the renderer lays the footer out with a stand-in for counter(pages)
        // (https://github.com/openhtmltopdf/openhtmltopdf/issues/206) and wraps the count onto a
        // second line when less than about 3.4 em is left for it, even under white-space: nowrap
        // (https://github.com/danfickle/openhtmltopdf/issues/302). Measured at 18, 20 and 24 pt.
        float pageCount = PAGE_COUNT_EM * size;
        this.available = paper.columnPt() - SLACK * width(labels.footerTitle("") + folio) - pageCount;
    }

    String fit(String title) {
        String t = title.strip();
        if (SLACK * width(t) <= available) {
            return t;
        }
        String[] words = t.split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            String longer = kept.isEmpty() ? word : kept + " " + word;
            if (SLACK * width(longer + ELLIPSIS) > available) {
                break;
            }
            kept.setLength(0);
            kept.append(longer);
        }
        if (kept.isEmpty()) { // a first word longer than the line: cut inside it
            for (int i = 1; i < t.length() && SLACK * width(t.substring(0, i) + ELLIPSIS) <= available; i++) {
                kept.setLength(0);
                kept.append(t, 0, i);
            }
        }
        return stripTrailingPunctuation(kept.toString()) + ELLIPSIS;
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
