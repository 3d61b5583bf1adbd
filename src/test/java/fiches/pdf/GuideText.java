package fiches.pdf;

import fiches.guide.Block;
import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.guide.PlainText;
import fiches.guide.Section;
import fiches.guide.Step;
import java.util.ArrayList;
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

    static List<String> links(Guide g) {
        List<String> urls = new ArrayList<>();
        collectLinks(
                g.sections().stream()
                        .flatMap(s -> {
                            List<Block> all = new ArrayList<>(s.blocks());
                            s.steps().forEach(st -> all.addAll(st.body()));
                            return all.stream();
                        })
                        .toList(),
                urls);
        return urls;
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

    private static void collectLinks(List<Block> blocks, List<String> urls) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                inlineLinks(p.content(), urls);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> collectLinks(item, urls));
            } else if (b instanceof Block.Quote q) {
                collectLinks(q.content(), urls);
            }
        }
    }

    private static void inlineLinks(List<Inline> inlines, List<String> urls) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link l) {
                urls.add(l.url());
            } else if (i instanceof Inline.Strong s) {
                inlineLinks(s.content(), urls);
            } else if (i instanceof Inline.Emphasis e) {
                inlineLinks(e.content(), urls);
            }
        }
    }
}
