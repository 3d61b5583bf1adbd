package fiches.check;

import fiches.guide.GuideVisitor;
import fiches.guide.GuideWalker;
import fiches.guide.Inline;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.util.List;
import java.util.Locale;

/** Links lead to web pages, e-mail addresses or phone numbers: what a reader can follow. */
final class LinkChecks {

    void check(Draft draft, List<Problem> out) {
        GuideWalker.walk(draft.sections(), new GuideVisitor() {
            @Override
            public void link(Inline.Link link) {
                if (!isFollowable(link.url())) {
                    out.add(Problem.error(draft.file(), link.line(), Kind.LINK_NOT_ALLOWED,
                            "The link to '" + link.url() + "' is not a web address.",
                            "Link only to https://…, mailto:… or tel:… addresses."));
                }
            }
        });
    }

    static boolean isFollowable(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:");
    }
}
