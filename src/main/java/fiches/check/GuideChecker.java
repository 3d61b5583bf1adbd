package fiches.check;

import fiches.parse.Draft;
import fiches.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Runs every check of the guide format on a parsed guide and returns what it finds. */
public final class GuideChecker {
    private final StepChecks steps = new StepChecks();
    private final ImageChecks images = new ImageChecks();
    private final LinkChecks links = new LinkChecks();
    private final CategoryCheck category = new CategoryCheck();
    private final ScriptChecks scripts = new ScriptChecks();
    private final TextChecks text;

    /** A checker whose text is measured against the fonts of this installation. */
    public GuideChecker(GlyphCoverage coverage) {
        this.text = new TextChecks(coverage);
    }

    public List<Problem> check(Draft draft) {
        List<Problem> out = new ArrayList<>(draft.problems());
        if (!draft.bodyRead() || draft.sections().isEmpty() && draft.meta().isEmpty() && !out.isEmpty()) {
            return out; // no body to check, or nothing but a broken front matter: body checks would only add noise
        }
        steps.check(draft, out);
        images.check(draft, out);
        links.check(draft, out);
        category.check(draft, out);
        text.check(draft, out);
        scripts.check(draft, out);
        return out;
    }
}
