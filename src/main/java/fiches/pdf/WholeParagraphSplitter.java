package fiches.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * ICU4J's bidi splitter, with one run for a paragraph in which it finds none. The renderer looks
 * up the run each text of a paragraph starts in, and a paragraph of white space alone (a code
 * block holding a space, in an Arabic guide) has no run: the lookup finds nothing and the
 * renderer fails on it.
 */
// workaround: openhtmltopdf's BoxBuilder.doBidi assumes every paragraph has a run at its start.
final class WholeParagraphSplitter implements BidiSplitter {
    /** Makes one for each paragraph the renderer splits. */
    static final BidiSplitterFactory FACTORY = WholeParagraphSplitter::new;

    private final BidiSplitter icu = new com.openhtmltopdf.bidi.support.ICUBidiSplitter();
    private String paragraph = "";
    private byte direction = RTL;

    @Override
    public void setParagraph(String text, byte defaultDirection) {
        paragraph = text;
        direction = defaultDirection == LTR ? LTR : RTL;
        icu.setParagraph(text, defaultDirection);
    }

    @Override
    public int countTextRuns() {
        return Math.max(1, icu.countTextRuns());
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        return icu.countTextRuns() == 0
                ? new BidiTextRun(0, paragraph.length(), direction)
                : icu.getVisualRun(runIndex);
    }

    @Override
    public byte getBaseDirection(String text) {
        return icu.getBaseDirection(text);
    }
}
