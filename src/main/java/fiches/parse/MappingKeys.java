package fiches.parse;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML mapping, the front matter's or the site profile's: a key that is not a
 * plain word or comes twice is an error on its line, an unknown one a warning, and only the
 * first of each known key is kept.
 */
final class MappingKeys {
    /**
     * How a reader words its keys' problems.
     *
     * @param notAWord  the message for a key that is not a plain word
     * @param within    put before a key's name, « logo. » for the keys under {@code logo:}
     * @param twiceTail what follows « (first on line N) » for a repeated key
     */
    record Wording(String notAWord, String within, String twiceTail) {}

    private final Path file;
    private final ToIntFunction<Node> line;
    private final List<Problem> problems;

    /** @param line the file line of a node: the front matter starts below the file's first line */
    MappingKeys(Path file, ToIntFunction<Node> line, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    /** @param known the keys Fiches uses, in the order the message lists them */
    Map<String, NodeTuple> read(MappingNode map, List<String> known, Wording words) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                error(
                        t.getKeyNode(),
                        Kind.WRONG_TYPE,
                        words.notAWord(),
                        "Write keys as single words followed by a colon.");
                continue;
            }
            String key = keyNode.getValue();
            NodeTuple earlier = entries.putIfAbsent(key, t);
            if (earlier != null) {
                error(
                        keyNode,
                        Kind.DUPLICATE_KEY,
                        "The key '" + words.within() + key + "' appears twice (first on line "
                                + line.applyAsInt(earlier.getKeyNode()) + ")" + words.twiceTail(),
                        "Keep only one '" + key + "' line.");
            } else if (!known.contains(key)) {
                entries.remove(key);
                problems.add(Problem.warning(
                        file,
                        line.applyAsInt(keyNode),
                        Kind.UNKNOWN_KEY,
                        "The key '" + words.within() + key + "' is not used by Fiches and is ignored.",
                        "Check its spelling; the keys are " + String.join(", ", known) + "."));
            }
        }
        return entries;
    }

    private void error(Node node, Kind kind, String message, String fix) {
        problems.add(Problem.error(file, line.applyAsInt(node), kind, message, fix)
                .atColumn(node.getStartMark().getColumn() + 1));
    }
}
