package fiches.layout;

import fiches.product.TextWidths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Keeps together the two sides of an inline boundary that has no space: « l’ » and the bold
 * word after it, a link and the « : » after it, a bold word and its full stop.
 * <p>
 * The renderer breaks lines one text at a time and may always break where bold, a link or any
 * other inline element begins or ends, whatever the line breaker says (it never carries the end
 * of the previous text to the next line; workaround for
 * https://github.com/danfickle/openhtmltopdf/issues/39). So the last unbreakable piece before such a boundary
 * and the first one after it are wrapped in an inline-block, which moves as one. Elements are
 * split around the wrapped piece when needed; no character of the text is added or removed.
 */
final class InlineGlue {
    static final String KEEP = "keep";
    private static final Set<String> INLINE = Set.of("strong", "em", "b", "i", "a", "span", "code");

    private static final Set<String> BOLD =
            Set.of("strong", "em", "b", "i", "code", "th", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Room for rounding in the renderer's own measures, in em. */
    private static final float SLACK_EM = 0.1f;

    private final Xhtml x;
    private final LineBreaker breaker;
    private final TextWidths widths;
    private final float widestEm;

    /**
     * @param widestEm the widest group that may be glued, in em: a group wider than a line would
     *                 run off the paper, which is worse than a line that ends at the boundary
     */
    InlineGlue(Xhtml x, LineBreaker breaker, TextWidths widths, float widestEm) {
        this.x = x;
        this.breaker = breaker;
        this.widths = widths;
        this.widestEm = widestEm;
    }

    /** Glues every boundary with no space under {@code root}, last first so earlier nodes stay put. */
    void apply(Element root) {
        List<Text> texts = new ArrayList<>();
        collect(root, texts);
        for (int i = texts.size() - 1; i > 0; i--) {
            Text before = texts.get(i - 1);
            Text after = texts.get(i);
            if (isBoundaryWithoutSpace(before, after)) {
                glue(before, after);
            }
        }
    }

    private static void collect(Node n, List<Text> texts) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t && !t.getData().isEmpty()) {
                texts.add(t);
            } else if (c instanceof Element e) {
                collect(e, texts);
            }
        }
    }

    private static boolean isBoundaryWithoutSpace(Text before, Text after) {
        if (before.getParentNode() == after.getParentNode()
                || block(before) != block(after)
                || !onlyInlineBetween(before, after)) {
            return false;
        }
        Node group = outermostKeep(before);
        if (group != before && group == outermostKeep(after)) {
            return false; // already kept together
        }
        String a = before.getData();
        String b = after.getData();
        return !isBreakingSpace(a.charAt(a.length() - 1)) && !isBreakingSpace(b.charAt(0));
    }

    private static boolean isBreakingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** No line break, image or block between the two texts: they are on one run of inline content. */
    private static boolean onlyInlineBetween(Text before, Text after) {
        for (Node n = next(before); n != null && n != after; n = next(n)) {
            if (n instanceof Element e && !INLINE.contains(e.getLocalName())) {
                return false;
            }
            if (n instanceof Text) {
                return false;
            }
        }
        return true;
    }

    /** The next node in document order. */
    private static Node next(Node n) {
        if (n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        while (n != null && n.getNextSibling() == null) {
            n = n.getParentNode();
        }
        return n == null ? null : n.getNextSibling();
    }

    private static Node block(Node n) {
        Node p = n.getParentNode();
        while (p instanceof Element e && INLINE.contains(e.getLocalName())) {
            p = p.getParentNode();
        }
        return p;
    }

    private void glue(Text before, Text after) {
        Node tail = lastPiece(before);
        Node head = firstPiece(after);
        Node left = outermostKeep(tail);
        Node right = outermostKeep(head);
        if (em(left) + em(right) > widestEm) {
            return; // a long address before « : »: it may break there, it must not be cut
        }
        Node common = commonAncestor(left, right);
        left = splitBefore(left, common);
        right = splitAfter(right, common);
        Element keep = x.element("span", KEEP);
        common.insertBefore(keep, left);
        Node n = left;
        while (n != null) {
            Node following = n.getNextSibling();
            keep.appendChild(n);
            if (n == right) {
                break;
            }
            n = following;
        }
        // workaround: the renderer sizes an inline-block holding several inline boxes too narrow
        // and wraps it inside (https://github.com/danfickle/openhtmltopdf/issues/791); its width
        // is therefore given, in em so that it holds at any print size.
        keep.setAttribute("style", String.format(Locale.ROOT, "width: %.3fem", emWidth(keep) + SLACK_EM));
    }

    /**
     * The printed width of the element's content in em of its own size, bold where it is printed
     * bold; a group inside it counts with its own room for rounding.
     */
    private float emWidth(Element e) {
        float total = 0;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) {
                total += widths.width(t.getData(), isBold(t), 1);
            } else if (c instanceof Element child) {
                total += emWidth(child) + (KEEP.equals(child.getAttribute("class")) ? SLACK_EM : 0);
            }
        }
        return total;
    }

    private float em(Node n) {
        return n instanceof Text t ? widths.width(t.getData(), isBold(t), 1) : emWidth((Element) n);
    }

    private static boolean isBold(Node n) {
        for (Node p = n.getParentNode(); p instanceof Element e; p = p.getParentNode()) {
            if (BOLD.contains(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The text after the last break opportunity of {@code t}, split off as its own node. */
    private Text lastPiece(Text t) {
        String s = t.getData();
        breaker.setText(s);
        int last = 0;
        for (int p = breaker.next(); p >= 0 && p < s.length(); p = breaker.next()) {
            last = p;
        }
        return last == 0 ? t : t.splitText(last);
    }

    /** The text before the first break opportunity of {@code t}, less its spaces, split off. */
    private Text firstPiece(Text t) {
        String s = t.getData();
        breaker.setText(s);
        int first = breaker.next();
        if (first < 0 || first >= s.length()) {
            return t;
        }
        while (first > 1 && isBreakingSpace(s.charAt(first - 1))) {
            first--;
        }
        t.splitText(first);
        return t;
    }

    /** A piece already glued moves with its whole group, never out of it. */
    private static Node outermostKeep(Node n) {
        Node found = n;
        for (Node p = n.getParentNode();
                p instanceof Element e && INLINE.contains(e.getLocalName());
                p = p.getParentNode()) {
            if (KEEP.equals(e.getAttribute("class"))) {
                found = p;
            }
        }
        return found;
    }

    private static Node commonAncestor(Node a, Node b) {
        for (Node p = a.getParentNode(); p != null; p = p.getParentNode()) {
            for (Node q = b; q != null; q = q.getParentNode()) {
                if (q == p) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("two nodes of one document without a common ancestor");
    }

    /** Splits the elements between {@code n} and {@code top} so that {@code n}'s branch starts with it. */
    private static Node splitBefore(Node n, Node top) {
        while (n.getParentNode() != top) {
            Node parent = n.getParentNode();
            if (n.getPreviousSibling() != null) {
                Node copy = emptyCopy(parent);
                parent.getParentNode().insertBefore(copy, parent);
                while (parent.getFirstChild() != n) {
                    copy.appendChild(parent.getFirstChild());
                }
            }
            n = parent;
        }
        return n;
    }

    /** Splits the elements between {@code n} and {@code top} so that {@code n}'s branch ends with it. */
    private static Node splitAfter(Node n, Node top) {
        while (n.getParentNode() != top) {
            Node parent = n.getParentNode();
            if (n.getNextSibling() != null) {
                Node copy = emptyCopy(parent);
                parent.getParentNode().insertBefore(copy, parent.getNextSibling());
                while (n.getNextSibling() != null) {
                    copy.appendChild(n.getNextSibling());
                }
            }
            n = parent;
        }
        return n;
    }

    /** The same element without children; an id stays with the first part only. */
    private static Node emptyCopy(Node element) {
        Element copy = (Element) element.cloneNode(false);
        copy.removeAttribute("id");
        return copy;
    }
}
