package fiches.parse;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads untrusted YAML into a node tree, never into objects: bounded in aliases, nesting and
 * size, and with every tag checked against the plain YAML types, so that no tag can make a
 * Java type. What goes wrong becomes a problem at its line, in the author's words.
 */
final class SafeYaml {
    private static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
    private static final int MAX_ALIASES = 10;
    private static final int MAX_NESTING = 10;
    private static final int MAX_CODE_POINTS = 200_000;
    private static final String TAG_FIX =
            "Remove the tag (the word after ! or !!): write plain text, numbers and lists.";

    private final Path file;
    private final int firstLine;
    /** What the YAML is, as messages name it: « The front matter », « The site profile ». */
    private final String subject;

    private final List<Problem> problems;
    /** The global tag SnakeYAML refused, if any: it stops composing at the first one. */
    private Tag refusedTag;

    /** @param problems where problems are added; @param firstLine the file line of the YAML's first line */
    SafeYaml(Path file, int firstLine, List<Problem> problems) {
        this(file, firstLine, problems, "The front matter");
    }

    /** @param subject what the YAML is, as messages name it */
    SafeYaml(Path file, int firstLine, List<Problem> problems, String subject) {
        this.subject = subject;
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    Optional<Node> compose(String yamlText) {
        try {
            return Optional.ofNullable(yaml().compose(new StringReader(yamlText)));
        } catch (MarkedYAMLException e) {
            // An unclosed quote is found at the end of the text; it is fixed where it opens.
            boolean quote = String.valueOf(e.getContext()).contains("quoted scalar") && e.getContextMark() != null;
            var mark = quote ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? 0 : mark.getLine() + firstLine;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            if (refusedTag != null) {
                problems.add(Problem.error(file, line, Kind.YAML_TAG, tagMessage(refusedTag), TAG_FIX)
                        .atColumn(col));
                return Optional.empty();
            }
            boolean tab = String.valueOf(e.getProblem()).contains("\\t");
            problems.add(Problem.error(
                            file,
                            line,
                            Kind.YAML_SYNTAX,
                            quote
                                    ? "The quote opened here is never closed."
                                    : subject + " is not valid YAML: " + e.getProblem() + ".",
                            tab
                                    ? "Indent with spaces, never with tabs."
                                    : quote
                                            ? "Close it with the same quote mark at the end of the value."
                                            : "Check the quotes, colons and indentation of this line.")
                    .atColumn(col));
        } catch (YAMLException e) {
            problems.add(Problem.error(
                    file,
                    firstLine,
                    Kind.YAML_TOO_COMPLEX,
                    subject + " is too complex to read safely (" + limitReached(e) + ").",
                    "Write plain keys and values, without & anchors and * aliases."));
        }
        return Optional.empty();
    }

    /** The bound SnakeYAML stopped at, in an author's words where it is a known one. */
    private static String limitReached(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return "more than " + MAX_ALIASES + " * aliases";
        } else if (m.contains("depth") || m.contains("Nesting")) {
            return "more than " + MAX_NESTING + " levels of indentation";
        } else if (m.contains("code points")) {
            return "more than " + MAX_CODE_POINTS + " characters";
        }
        return m;
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        // Global tags (!!java.net.URL…) are refused while composing, before checkTags sees them;
        // remember which one, so that the author is told about the tag, not about a syntax error.
        options.setTagInspector(tag -> {
            refusedTag = tag;
            return false;
        });
        options.setAllowDuplicateKeys(true); // reported with their lines below
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return new Yaml(options);
    }

    /**
     * Checks the tags of a node and its children. An alias shares its anchor's node, and an alias
     * inside its own anchor makes the tree a loop: {@code ancestors} (the nodes above this one)
     * stops the walk there.
     */
    private void checkTags(Node node, Set<Node> ancestors) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            error(node, Kind.YAML_TAG, tagMessage(node.getTag()), TAG_FIX);
            return;
        }
        if (!ancestors.add(node)) {
            error(
                    node,
                    Kind.YAML_TOO_COMPLEX,
                    subject + " refers to itself: a * alias sits inside " + "the & anchor it names.",
                    "Write plain keys and values, without & anchors and * aliases.");
            return;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                checkTags(t.getKeyNode(), ancestors);
                checkTags(t.getValueNode(), ancestors);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> checkTags(n, ancestors));
        }
        ancestors.remove(node);
    }

    /** The tag as the author wrote it: !!name for the YAML namespace. */
    private String tagMessage(Tag tag) {
        String written = tag.getValue().startsWith(Tag.PREFIX)
                ? "!!" + tag.getValue().substring(Tag.PREFIX.length())
                : tag.getValue();
        return subject + " uses the tag " + written + ", which is not allowed.";
    }

    /** Checks the tags of a whole tree. */
    void checkTags(Node root) {
        checkTags(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void error(Node node, Kind kind, String message, String fix) {
        problems.add(Problem.error(file, node.getStartMark().getLine() + firstLine, kind, message, fix)
                .atColumn(node.getStartMark().getColumn() + 1));
    }
}
