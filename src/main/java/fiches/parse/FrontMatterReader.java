package fiches.parse;

import fiches.guide.Difficulty;
import fiches.guide.FaqEntry;
import fiches.guide.Language;
import fiches.guide.Metadata;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Problems;
import fiches.product.LanguageRules;
import fiches.source.GuideSource;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the front matter into {@link Metadata} and the FAQ. The YAML is only composed into
 * a node tree, never constructed into objects, so no tag can instantiate a Java type; every
 * node's tag is checked against the plain YAML types.
 */
final class FrontMatterReader {
    private static final Set<String> KNOWN_KEYS = Set.of(
            "title",
            "description",
            "category",
            "steps",
            "difficulty",
            "platform",
            "lang",
            "date",
            "country",
            "faq",
            "notes",
            "translation_of");
    /** The most questions a guide may have: several pages of print already. */
    static final int MAX_FAQ = 100;
    /** The most steps a guide may have, announced or numbered. */
    static final int MAX_STEPS = 500;
    /** The most note labels a guide may have: each takes a sixth of a page. */
    static final int MAX_NOTES = 20;
    /** The longest note label, in characters: it names a field, on one or two printed lines. */
    static final int MAX_NOTE_LENGTH = 80;

    /**
     * What {@code translation_of} may name: a guide's file name without {@code .md}, letters and
     * digits of any script joined by {@code -}, {@code _} or {@code .}, as the output files are named.
     */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");

    private static final String TRANSLATION_EXAMPLE = "translation_of: comment-utiliser-france-connect";
    private static final String NOTES_EXAMPLE = "notes: [\"Mon identifiant\", \"Date du rendez-vous\"]";

    /**
     * The front matter's values, or its problems.
     *
     * @param steps the announced step count, even when other keys are wrong, so that a wrong count is
     *              reported along with them rather than after they are fixed
     */
    record Result(
            Optional<Metadata> meta,
            Optional<Integer> steps,
            List<FaqEntry> faq,
            int stepsLine,
            List<Problem> problems,
            Map<String, Integer> keyLines,
            Optional<Language> lang) {
        Result {
            keyLines = Map.copyOf(keyLines);
        }

        /**
         * Whose heading words the body is read with: the guide's language, even when another key
         * is wrong, or every language Fiches knows when its {@code lang} cannot be read.
         */
        List<LanguageRules> headingLanguages() {
            return lang.map(l -> List.of(LanguageRules.of(l))).orElseGet(LanguageRules::all);
        }
    }

    Result read(Path file, String yamlText, int firstLine) {
        Session s = new Session(file, firstLine);
        SafeYaml yaml = new SafeYaml(file, firstLine, s.problems);
        Optional<Node> root = yaml.compose(yamlText);
        if (root.isEmpty()) {
            if (!s.hasErrors()) {
                s.metadata(Map.of()); // an empty front matter lacks every required key: name them
            }
            return new Result(
                    Optional.empty(), Optional.empty(), List.of(), firstLine, s.problems, Map.of(), Optional.empty());
        }
        if (!(root.get() instanceof MappingNode map)) {
            s.error(
                    root.get(),
                    Kind.WRONG_TYPE,
                    "The front matter is not a list of keys and values.",
                    "Write one key per line, such as title: \"My guide\".");
            return new Result(
                    Optional.empty(), Optional.empty(), List.of(), firstLine, s.problems, Map.of(), Optional.empty());
        }
        yaml.checkTags(map);
        Map<String, NodeTuple> entries = s.entries(map);
        Optional<Metadata> meta = s.metadata(entries);
        List<FaqEntry> faq = s.faq(entries.get("faq"));
        int stepsLine =
                entries.containsKey("steps") ? s.line(entries.get("steps").getKeyNode()) : firstLine;
        Map<String, Integer> keyLines = new HashMap<>();
        entries.forEach((key, t) -> keyLines.put(key, s.line(t.getKeyNode())));
        return new Result(
                s.hasErrors() ? Optional.empty() : meta, s.steps, faq, stepsLine, s.problems, keyLines, s.lang);
    }

    /** The state of one reading: its file, line offset and problems so far. */
    private static final class Session {
        private final Path file;
        private final int firstLine;
        private final List<Problem> problems = new ArrayList<>();
        /** The announced step count, kept even when another required key is wrong. */
        private Optional<Integer> steps = Optional.empty();
        /** The guide's language, kept even when another required key is wrong. */
        private Optional<Language> lang = Optional.empty();

        Session(Path file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        /** The front matter's keys; an unknown one is named in a warning and ignored. */
        Map<String, NodeTuple> entries(MappingNode map) {
            return new MappingKeys(file, this::line, problems)
                    .read(
                            map,
                            KNOWN_KEYS.stream().sorted().toList(),
                            new MappingKeys.Wording("A front-matter key is not a plain word.", "", "."));
        }

        Optional<Metadata> metadata(Map<String, NodeTuple> e) {
            Optional<String> title = requiredText(e, "title", "title: \"Comment utiliser France Connect\"")
                    .filter(t -> fitsXml(e, "title", t));
            steps = requiredSteps(e);
            lang = requiredLanguage(e);
            Optional<String> description = optionalText(e, "description").filter(d -> fitsXml(e, "description", d));
            Optional<String> category = optionalText(e, "category");
            Optional<String> platform = optionalText(e, "platform");
            Optional<Difficulty> difficulty = difficulty(e);
            Optional<LocalDate> date = date(e);
            List<String> countries = countries(e);
            List<String> notes = notes(e.get("notes"));
            Optional<String> translationOf = translationOf(e);
            if (title.isEmpty() || steps.isEmpty() || lang.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Metadata(
                    title.get(),
                    description,
                    category,
                    steps.get(),
                    difficulty,
                    platform,
                    lang.get(),
                    date,
                    countries,
                    notes,
                    translationOf));
        }

        /**
         * The guide this one translates. A wrong value is a warning, not an error: it only leaves
         * the guide listed alone in the catalogue, which is no reason not to make it.
         */
        private Optional<String> translationOf(Map<String, NodeTuple> e) {
            NodeTuple t = e.get("translation_of");
            if (t == null) {
                return Optional.empty();
            }
            Node v = t.getValueNode();
            String slug = v instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())
                    ? s.getValue().strip()
                    : "";
            String own = new GuideSource(file, "").slug();
            String fix;
            if (!(v instanceof ScalarNode)) {
                fix = "Name one guide only, the original, as in " + TRANSLATION_EXAMPLE + ".";
            } else if (slug.endsWith(".md") && SLUG.matcher(slug).matches()) {
                fix = "Write its name without .md: translation_of: " + slug.substring(0, slug.length() - 3) + ".";
            } else if (!SLUG.matcher(slug).matches()) {
                fix = "Write the file name of the original guide without .md, as in " + TRANSLATION_EXAMPLE + ".";
            } else if (slug.equals(own)) {
                fix = "Name the guide this one translates, not this one, or remove the line if it is the original.";
            } else {
                return Optional.of(slug);
            }
            String what = slug.equals(own) && !slug.isEmpty()
                    ? "translation_of names this guide itself"
                    : "translation_of " + describe(v) + " is not the name of a guide";
            problems.add(Problem.warning(
                            file,
                            line(v),
                            Kind.TRANSLATION_UNLINKED,
                            what + "; the catalogue lists it without its other languages.",
                            fix)
                    .atColumn(v.getStartMark().getColumn() + 1));
            return Optional.empty();
        }

        private Optional<String> requiredText(Map<String, NodeTuple> e, String key, String example) {
            if (!e.containsKey(key)) {
                missing(key, example);
                return Optional.empty();
            }
            Optional<String> value = optionalText(e, key);
            if (value.isPresent() && value.get().isBlank()) {
                error(
                        e.get(key).getValueNode(),
                        Kind.INVALID_VALUE,
                        "The " + key + " is empty.",
                        "Write it, for instance " + example + ".");
                return Optional.empty();
            }
            return value;
        }

        /**
         * The title and description also go into the PDF's XML metadata, which cannot hold control
         * characters; a YAML escape such as "\x01" would otherwise fail only at rendering, unexplained.
         */
        private boolean fitsXml(Map<String, NodeTuple> e, String key, String value) {
            int bad = value.codePoints()
                    .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF)
                    .findFirst()
                    .orElse(-1);
            if (bad < 0) {
                return true;
            }
            error(
                    e.get(key).getValueNode(),
                    Kind.INVALID_VALUE,
                    String.format(
                            "The %s holds an invisible control character (U+%04X), which a PDF cannot store.",
                            key, bad),
                    "Remove it, or the \\u or \\x escape that makes it: write visible text only.");
            return false;
        }

        private Optional<String> optionalText(Map<String, NodeTuple> e, String key) {
            NodeTuple t = e.get(key);
            if (t == null) {
                return Optional.empty();
            }
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
                return Optional.of(s.getValue().strip());
            }
            if (v instanceof ScalarNode) {
                return Optional.of("");
            }
            error(
                    v,
                    Kind.WRONG_TYPE,
                    "The " + key + " must be text, not a list.",
                    "Write it on one line after '" + key + ":', in quotes.");
            return Optional.empty();
        }

        private Optional<Integer> requiredSteps(Map<String, NodeTuple> e) {
            NodeTuple t = e.get("steps");
            if (t == null) {
                missing("steps", "steps: 7");
                return Optional.empty();
            }
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
                try {
                    int n = Integer.parseInt(s.getValue().replace("_", ""));
                    if (n >= 1 && n <= MAX_STEPS) {
                        return Optional.of(n);
                    }
                } catch (NumberFormatException ignored) {
                    // reported below, as any other value that is not a step count
                }
            }
            error(
                    v,
                    Kind.WRONG_TYPE,
                    "steps must be a whole number from 1 to " + MAX_STEPS + ", not " + describe(v) + ".",
                    "Write the number of step headings, such as steps: 7 (no quotes).");
            return Optional.empty();
        }

        private Optional<Language> requiredLanguage(Map<String, NodeTuple> e) {
            if (!e.containsKey("lang")) {
                missing("lang", "lang: fr");
                return Optional.empty();
            }
            Optional<String> tag = optionalText(e, "lang");
            if (tag.isPresent() && LanguageRules.isKnown(tag.get())) {
                return Optional.of(new Language(tag.get()));
            }
            if (tag.isPresent() && Language.isWellFormed(tag.get())) {
                error(
                        e.get("lang").getValueNode(),
                        Kind.INVALID_VALUE,
                        "lang '" + tag.get() + "' is a language Fiches has no words for; it knows " + known() + ".",
                        "Write one of these codes, such as lang: fr (French), lang: en (English) or lang: ar "
                                + "(Arabic), optionally "
                                + "with a region such as fr-FR; a new language is a new file in "
                                + "src/main/resources/fiches/labels/.");
                return Optional.empty();
            }
            tag.ifPresent(t -> error(
                    e.get("lang").getValueNode(),
                    Kind.INVALID_VALUE,
                    "lang '" + t + "' is not a language code.",
                    "Write a code such as lang: fr, lang: fr-FR or lang: en."));
            return Optional.empty();
        }

        /** « fr (français), en (English), … »: every language Fiches has a file for. */
        private static String known() {
            return String.join(
                    ", ",
                    LanguageRules.known().stream()
                            .map(c -> c + " (" + LanguageRules.of(c).name() + ")")
                            .toList());
        }

        private Optional<Difficulty> difficulty(Map<String, NodeTuple> e) {
            Optional<String> word = optionalText(e, "difficulty");
            if (word.isEmpty()) {
                return Optional.empty();
            }
            Optional<Difficulty> d = Difficulty.fromWord(word.get());
            if (d.isEmpty()) {
                error(
                        e.get("difficulty").getValueNode(),
                        Kind.INVALID_VALUE,
                        "difficulty '" + word.get() + "' is not one of the known levels.",
                        "Write " + Difficulty.wordsInMessages() + ".");
            }
            return d;
        }

        private Optional<LocalDate> date(Map<String, NodeTuple> e) {
            Optional<String> text = optionalText(e, "date");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                if (text.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return Optional.of(LocalDate.parse(text.get()));
                }
            } catch (DateTimeException ignored) {
                // reported below with the expected form
            }
            error(
                    e.get("date").getValueNode(),
                    Kind.INVALID_VALUE,
                    "date '" + text.get() + "' is not a date.",
                    "Write it as year-month-day, such as date: 2026-01-30.");
            return Optional.empty();
        }

        private List<String> countries(Map<String, NodeTuple> e) {
            NodeTuple t = e.get("country");
            if (t == null) {
                return List.of();
            }
            List<Node> nodes =
                    t.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(t.getValueNode());
            List<String> codes = new ArrayList<>();
            for (Node n : nodes) {
                // YAML 1.1 reads NO (Norway) as a boolean: take the scalar's text, whatever its type.
                if (n instanceof ScalarNode s && s.getValue().matches("[A-Za-z]{2}")) {
                    codes.add(s.getValue().toUpperCase(java.util.Locale.ROOT));
                } else {
                    error(
                            n,
                            Kind.INVALID_VALUE,
                            "country must list two-letter country codes, not " + describe(n) + ".",
                            "Write it as country: [\"FR\", \"BE\"].");
                }
            }
            return codes;
        }

        /** The labels of the room to write: a list of short texts, each one a field of the accessible edition. */
        private List<String> notes(NodeTuple t) {
            if (t == null) {
                return List.of();
            }
            if (!(t.getValueNode() instanceof SequenceNode seq)) {
                error(
                        t.getValueNode(),
                        Kind.WRONG_TYPE,
                        "notes must be a list of labels, not " + describe(t.getValueNode()) + ".",
                        "Write it as " + NOTES_EXAMPLE + ".");
                return List.of();
            }
            List<Node> items = seq.getValue();
            if (items.size() > MAX_NOTES) {
                error(
                        items.get(MAX_NOTES),
                        Kind.INVALID_VALUE,
                        "notes has " + items.size() + " labels; at most " + MAX_NOTES
                                + " are accepted, and none is left out silently.",
                        "Keep the " + MAX_NOTES + " things a reader most needs to write down.");
            }
            List<String> notes = new ArrayList<>();
            for (Node item : items.subList(0, Math.min(MAX_NOTES, items.size()))) {
                noteLabel(item).ifPresent(notes::add);
            }
            return notes;
        }

        private Optional<String> noteLabel(Node item) {
            boolean nothing = item instanceof ScalarNode n && Tag.NULL.equals(n.getTag());
            if (!nothing && (!(item instanceof ScalarNode) || !Tag.STR.equals(item.getTag()))) {
                error(
                        item,
                        Kind.WRONG_TYPE,
                        "A label of notes must be text in quotes, not " + describe(item) + ".",
                        "Write each label in quotes, as in " + NOTES_EXAMPLE + ".");
                return Optional.empty();
            }
            String label = nothing ? "" : ((ScalarNode) item).getValue().strip();
            int bad = label.codePoints()
                    .filter(c -> Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF)
                    .findFirst()
                    .orElse(-1);
            if (label.isEmpty()) {
                error(
                        item,
                        Kind.INVALID_VALUE,
                        "A label of notes is empty.",
                        "Write what the reader should note there, such as \"Mon identifiant\", or remove the line.");
            } else if (label.length() > MAX_NOTE_LENGTH) {
                error(
                        item,
                        Kind.INVALID_VALUE,
                        "A label of notes has " + label.length() + " characters; at most " + MAX_NOTE_LENGTH
                                + " are accepted.",
                        "Shorten it to a few words, such as \"Mon identifiant\".");
            } else if (bad >= 0) {
                error(
                        item,
                        Kind.INVALID_VALUE,
                        String.format("A label of notes holds an invisible control character (U+%04X).", bad),
                        "Write it on one line, with visible text only.");
            } else {
                return Optional.of(label);
            }
            return Optional.empty();
        }

        List<FaqEntry> faq(NodeTuple t) {
            if (t == null) {
                return List.of();
            }
            if (!(t.getValueNode() instanceof SequenceNode seq)) {
                error(
                        t.getValueNode(),
                        Kind.WRONG_TYPE,
                        "faq must be a list of questions and answers.",
                        "Start each entry with '- question:' and put 'answer:' under it.");
                return List.of();
            }
            List<FaqEntry> faq = new ArrayList<>();
            for (Node item :
                    seq.getValue().subList(0, Math.min(MAX_FAQ, seq.getValue().size()))) {
                faqEntry(item).ifPresent(faq::add);
            }
            if (seq.getValue().size() > MAX_FAQ) {
                error(
                        seq.getValue().get(MAX_FAQ),
                        Kind.TOO_MANY_QUESTIONS,
                        "The faq has " + seq.getValue().size() + " questions; at most " + MAX_FAQ
                                + " are accepted, and none is left out silently.",
                        "Keep the " + MAX_FAQ + " questions readers ask most, or make a second guide.");
            }
            return faq;
        }

        private Optional<FaqEntry> faqEntry(Node item) {
            if (!(item instanceof MappingNode m)) {
                error(
                        item,
                        Kind.WRONG_TYPE,
                        "A faq entry is not a question with its answer.",
                        "Write '- question: \"…\"' and, under it, 'answer: \"…\"'.");
                return Optional.empty();
            }
            Map<String, NodeTuple> fields = new HashMap<>();
            m.getValue().forEach(f -> {
                if (f.getKeyNode() instanceof ScalarNode k) {
                    fields.put(k.getValue(), f);
                }
            });
            Optional<String> q = optionalText(fields, "question");
            Optional<String> a = optionalText(fields, "answer");
            if (q.isEmpty() || a.isEmpty() || q.get().isBlank() || a.get().isBlank()) {
                error(
                        item,
                        Kind.MISSING_KEY,
                        "A faq entry lacks its question or its answer.",
                        "Give every entry both 'question:' and 'answer:'.");
                return Optional.empty();
            }
            return Optional.of(new FaqEntry(q.get(), a.get()));
        }

        private void missing(String key, String example) {
            problems.add(Problem.error(
                    file,
                    firstLine - 1,
                    Kind.MISSING_KEY,
                    "The front matter has no '" + key + "'.",
                    "Add a line such as " + example + " between the --- lines."));
        }

        void error(Node node, Kind kind, String message, String fix) {
            problems.add(Problem.error(file, line(node), kind, message, fix)
                    .atColumn(node.getStartMark().getColumn() + 1));
        }

        int line(Node node) {
            return node.getStartMark().getLine() + firstLine;
        }

        boolean hasErrors() {
            return Problems.of(problems).hasErrors();
        }

        private static String describe(Node n) {
            if (n instanceof ScalarNode s) {
                return "'" + s.getValue() + "'";
            }
            return n instanceof SequenceNode ? "a list" : "a group of keys";
        }
    }
}
