package fiches.layout;

import fiches.guide.Guide;
import fiches.guide.Section;
import fiches.guide.Step;
import fiches.product.Labels;
import org.w3c.dom.Element;

/** The PDF outline: the title, each section with its steps, and the questions. */
final class Bookmarks {
    private Bookmarks() {}

    static void write(Xhtml x, Element head, Guide guide, Labels labels) {
        Element root = x.add(head, "bookmarks");
        mark(x, root, guide.meta().title(), "#" + GuideLayout.TITLE_ID);
        parts(x, root, guide, labels);
    }

    private static void parts(Xhtml x, Element parent, Guide guide, Labels labels) {
        for (Section section : guide.sections()) {
            if (section.steps().isEmpty()) {
                continue;
            }
            Element steps = mark(x, parent, section.title(), "#steps");
            for (Step step : section.steps()) {
                mark(
                        x,
                        steps,
                        labels.stepHeading(step.number(), step.title()),
                        "#" + GuideLayout.STEP_ID + step.number());
            }
        }
        if (!guide.faq().isEmpty()) {
            mark(x, parent, labels.faqTitle(), "#faq");
        }
    }

    static Element mark(Xhtml x, Element parent, String name, String href) {
        Element b = x.add(parent, "bookmark");
        b.setAttribute("name", name);
        b.setAttribute("href", href);
        return b;
    }
}
