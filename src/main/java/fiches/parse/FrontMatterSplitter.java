package fiches.parse;

import fiches.problem.GuideProblems;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;

/** Finds the YAML front matter: a {@code ---} first line, then a closing {@code ---} line. */
final class FrontMatterSplitter {

    FrontMatter split(GuideSource source) throws GuideProblems {
        String text = source.text();
        if (!isFence(firstLine(text))) {
            throw new GuideProblems(Problem.error(
                    source.file(),
                    1,
                    Kind.FRONT_MATTER_MISSING,
                    "The guide does not start with its front matter.",
                    "Put a line with --- at the very top, then title, steps and lang, then another --- line."));
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineNo = 2;
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (isFence(line)) {
                String yaml = text.substring(yamlStart, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        throw new GuideProblems(Problem.error(
                source.file(),
                1,
                Kind.FRONT_MATTER_UNCLOSED,
                "The front matter opened on line 1 is never closed.",
                "Add a line with --- after the last front-matter key, before the guide's text."));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
