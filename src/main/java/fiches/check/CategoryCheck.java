package fiches.check;

import fiches.guide.Category;
import fiches.guide.Metadata;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.util.List;

/** The category: one Fiches can name in the guide's language, else printed as written. */
final class CategoryCheck {

    void check(Draft draft, List<Problem> out) {
        draft.meta()
                .flatMap(Metadata::category)
                .filter(c -> !c.isBlank() && Category.fromSlug(c).isEmpty())
                .ifPresent(c -> out.add(Problem.warning(
                        draft.file(),
                        draft.keyLines().getOrDefault("category", 0),
                        Kind.UNKNOWN_CATEGORY,
                        "The category '" + c + "' is not one Fiches knows; it is printed as written, untranslated.",
                        "Write one of " + Category.slugs() + ".")));
    }
}
