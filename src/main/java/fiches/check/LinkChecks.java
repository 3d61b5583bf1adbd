package fiches.check;

import fiches.guide.GuideVisitor;
import fiches.guide.GuideWalker;
import fiches.guide.Inline;
import fiches.guide.LinkScheme;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.util.List;

/**
 * Links lead to web pages, e-mail addresses or phone numbers: what a reader can follow; and a
 * guide has at most {@link #MAX_LINKS}, each of which prints its address and adds an annotation.
 */
final class LinkChecks {
    /** Far above a real guide (a dozen at most); 47,000 links took 50 s and 3 GB to render. */
    static final int MAX_LINKS = 500;

    void check(Draft draft, List<Problem> out) {
        GuideWalker.walk(draft.sections(), new GuideVisitor() {
            private int count;

            @Override
            public void link(Inline.Link link) {
                if (++count == MAX_LINKS + 1) {
                    out.add(Problem.error(
                            draft.file(),
                            link.line(),
                            Kind.TOO_MANY_LINKS,
                            "This is link number " + count + " of the guide; at most " + MAX_LINKS + " are accepted.",
                            "Keep the links a reader needs; a guide rarely needs more than a dozen."));
                }
                if (!isFollowable(link.url())) {
                    out.add(Problem.error(
                            draft.file(),
                            link.line(),
                            Kind.LINK_NOT_ALLOWED,
                            "The link to '" + link.url() + "' is not a web address.",
                            "Link only to " + LinkScheme.inWords() + " addresses."));
                }
            }
        });
    }

    static boolean isFollowable(String url) {
        return LinkScheme.of(url).isPresent();
    }
}
