package fiches.pdf;

import fiches.guide.Block;
import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.PlainText;
import fiches.guide.Section;
import fiches.guide.Step;
import java.util.List;

/** All the words of a guide that a reader must find in its PDF. */
final class GuideText {
    private GuideText() {}

    static String of(Guide g) {
        StringBuilder sb = new StringBuilder(g.meta().title()).append('\n');
        g.meta().description().ifPresent(d -> sb.append(d).append('\n'));
        for (Section s : g.sections()) {
            sb.append(s.title()).append('\n');
            blocks(sb, s.blocks());
            for (Step step : s.steps()) {
                sb.append(step.title()).append('\n');
                blocks(sb, step.body());
            }
        }
        for (FaqEntry f : g.faq()) {
            sb.append(f.question()).append('\n').append(f.answer()).append('\n');
        }
        return sb.toString();
    }

    private static void blocks(StringBuilder sb, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                sb.append(PlainText.of(p.content())).append('\n');
            } else if (b instanceof Block.Heading h) {
                sb.append(PlainText.of(h.content())).append('\n');
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(sb, item));
            } else if (b instanceof Block.Table t) {
                t.head().forEach(r -> r.forEach(c -> sb.append(PlainText.of(c)).append('\n')));
                t.body().forEach(r -> r.forEach(c -> sb.append(PlainText.of(c)).append('\n')));
            } else if (b instanceof Block.Quote q) {
                blocks(sb, q.content());
            } else if (b instanceof Block.Code c) {
                sb.append(c.text()).append('\n');
            }
        }
    }
}
