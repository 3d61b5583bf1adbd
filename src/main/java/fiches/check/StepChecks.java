package fiches.check;

import fiches.guide.Section;
import fiches.guide.Step;
import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.LanguageRules;
import java.util.List;

/** The steps: present, numbered 1, 2, 3… and as many as the front matter says. */
final class StepChecks {

    void check(Draft draft, List<Problem> out) {
        List<Step> steps =
                draft.sections().stream().flatMap(s -> s.steps().stream()).toList();
        List<LanguageRules> languages = languages(draft);
        if (steps.isEmpty()) {
            LanguageRules words = languages.get(0);
            out.add(Problem.error(
                    draft.file(),
                    stepsSectionLine(draft, languages),
                    Kind.NO_STEPS,
                    "The guide has no steps.",
                    "Add a section '## " + words.stepsTitles().get(0) + "' with headings '### "
                            + words.stepHeadingExample() + "', then step 2, 3…"));
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.number() >= 0 && step.number() != i + 1) {
                out.add(Problem.error(
                        draft.file(),
                        step.line(),
                        Kind.STEP_NUMBER_OUT_OF_ORDER,
                        "This is step " + (i + 1) + " but its heading says " + step.number() + ".",
                        "Number the steps 1, 2, 3… in order, with no gap and no repeat."));
            }
        }
        // The announced count, not the metadata: a wrong lang must not hide a wrong count.
        draft.steps().ifPresent(announced -> {
            if (announced != steps.size()) {
                out.add(Problem.error(
                        draft.file(),
                        draft.stepsLine(),
                        Kind.STEP_COUNT_MISMATCH,
                        "The front matter says steps: " + announced + " but the guide has " + steps.size()
                                + (steps.size() == 1 ? " step heading." : " step headings."),
                        "Write steps: " + steps.size() + ", or add the missing step headings."));
            }
        });
    }

    /** The guide's language, whose heading words the parser read; every language when it is unknown. */
    private static List<LanguageRules> languages(Draft draft) {
        return draft.meta().map(m -> List.of(LanguageRules.of(m.lang()))).orElseGet(LanguageRules::all);
    }

    private static int stepsSectionLine(Draft draft, List<LanguageRules> languages) {
        return draft.sections().stream()
                .filter(s -> languages.stream().anyMatch(l -> l.isStepsTitle(s.title())))
                .mapToInt(Section::line)
                .findFirst()
                .orElse(0);
    }
}
