package fiches.check;

import fiches.parse.Draft;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.LanguageRules;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guide whose body is mostly written in a script its {@code lang} does not use (Arabic text
 * under {@code lang: fr}) is warned about, at the first line in that script: its labels, heading
 * words, direction and font would all be of the wrong language, and a screen reader would read
 * it with the wrong voice. The scripts of a language are its data file's {@code language.scripts}.
 * Latin brand names inside an Arabic sentence, or a French button name in a Russian one, are a
 * minority of the letters and raise nothing. Linear in the text's length.
 */
final class ScriptChecks {
    /** The share of the letters in other scripts past which the guide is taken to be in another language. */
    private static final double MOSTLY = 0.5;

    void check(Draft draft, List<Problem> out) {
        if (draft.meta().isEmpty()) {
            return; // no language to compare with: the front matter's own errors say why
        }
        LanguageRules language = LanguageRules.of(draft.meta().get().lang());
        String[] lines = draft.text().split("\n", -1);
        int body = bodyStart(lines);
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        Map<UnicodeScript, Integer> firstLine = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = body; i < lines.length; i++) {
            for (int cp : lines[i].codePoints().toArray()) {
                if (!Character.isLetter(cp)) {
                    continue;
                }
                UnicodeScript script = UnicodeScript.of(cp);
                if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
                    continue;
                }
                total++;
                letters.merge(script, 1, Integer::sum);
                firstLine.putIfAbsent(script, i + 1);
            }
        }
        int foreign = letters.entrySet().stream()
                .filter(e -> !language.scripts().contains(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (total == 0 || foreign <= MOSTLY * total) {
            return;
        }
        UnicodeScript most = letters.entrySet().stream()
                .filter(e -> !language.scripts().contains(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        out.add(Problem.warning(
                draft.file(),
                firstLine.get(most),
                Kind.SCRIPT_NOT_OF_LANGUAGE,
                "Most of this guide's text is in " + name(most) + " script, which lang: " + language.code() + " ("
                        + language.name() + ") is not written in: its labels, headings, direction and font "
                        + "would be those of " + language.name() + ".",
                fix(most)));
    }

    /** The first line of the body: after the front matter's closing « --- ». */
    private static int bodyStart(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i + 1;
            }
        }
        return lines.length;
    }

    private static String fix(UnicodeScript script) {
        Optional<String> written = LanguageRules.all().stream()
                .filter(l -> l.scripts().contains(script))
                .map(l -> "lang: " + l.code() + " (" + l.name() + ")")
                .reduce((a, b) -> a + ", " + b);
        return written.map(w -> "Write the guide's own language in lang, such as " + w
                        + "; or translate the text into the language lang names.")
                .orElse("Fiches has no language written in " + name(script)
                        + " script: translate the text into the language lang names.");
    }

    /** « Arabic », « Cyrillic »: the script's name as a message says it. */
    private static String name(UnicodeScript script) {
        String n = script.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
