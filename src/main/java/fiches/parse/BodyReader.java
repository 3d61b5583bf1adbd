package fiches.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import fiches.guide.Block;
import fiches.guide.Inline;
import fiches.guide.LinkScheme;
import fiches.guide.PlainText;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a flexmark document into model blocks. Raw HTML is reported and dropped, so it can
 * neither render nor fetch anything; HTML comments are dropped silently. Quotes, lists, tables,
 * emphasis and links nest at most {@link #MAX_DEPTH} levels: deeper content is reported once and
 * left out, so neither this reader's recursion nor the renderer's ever goes deeper.
 */
final class BodyReader {
    /**
     * The deepest nesting of quotes, lists, tables, emphasis and links combined. Each list level
     * indents the text by 1.3 em: at 18 pt, 20 levels take 468 pt of the 482 pt an A4 page leaves
     * between its margins, so a deeper item has no room left for a word. The renderer itself
     * overflows its stack at a few hundred levels.
     */
    static final int MAX_DEPTH = 20;

    private final Path file;
    private final int firstLine;
    private final Document document;
    private final List<Problem> problems;
    /** How many containers enclose the node being read. */
    private int depth;

    private boolean depthReported;
    private int[] lineStarts;

    BodyReader(Path file, int firstLine, Document document, List<Problem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.document = document;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    /**
     * The file line of a node. Flexmark's own {@code Document.getLineNumber} counts line ends from
     * the start of the text at every call: with thousands of links, reading took a minute.
     */
    int line(Node node) {
        if (lineStarts == null) {
            lineStarts = lineStarts(document.getChars());
        }
        int index = java.util.Arrays.binarySearch(lineStarts, node.getStartOffset());
        return (index >= 0 ? index : -index - 2) + firstLine;
    }

    /** The offset of each line's first character. */
    private static int[] lineStarts(CharSequence text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** A block node, or null for nodes that render nothing (breaks, comments, references). */
    Block block(Node node) {
        if (node instanceof Paragraph p) {
            return new Block.Paragraph(inlines(p));
        } else if (node instanceof Heading h) {
            return new Block.Heading(Math.max(3, Math.min(h.getLevel(), 4)), inlines(h));
        } else if (node instanceof ListBlock list) {
            return nested(node, () -> listBlock(list));
        } else if (node instanceof TableBlock table) {
            return nested(node, () -> table(table));
        } else if (node instanceof BlockQuote q) {
            return nested(node, () -> new Block.Quote(blocks(q)));
        } else if (node instanceof FencedCodeBlock code) {
            return new Block.Code(code.getContentChars().toString().stripTrailing());
        } else if (node instanceof IndentedCodeBlock code) {
            return new Block.Code(code.getContentChars().toString().stripTrailing());
        } else if (node instanceof HtmlBlock) {
            rawHtml(node);
        } else if (!(node instanceof HtmlCommentBlock || node instanceof ThematicBreak || node instanceof Reference)) {
            return new Block.Paragraph(List.of(new Inline.Text(node.getChars().toString())));
        }
        return null;
    }

    List<Block> blocks(Node parent) {
        List<Block> blocks = new ArrayList<>();
        for (Node child : parent.getChildren()) {
            Block b = block(child);
            if (b != null) {
                blocks.add(b);
            }
        }
        return blocks;
    }

    private Block listBlock(ListBlock list) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item : list.getChildren()) {
            if (item instanceof ListItem li) {
                items.add(blocks(li));
            }
        }
        return new Block.ListBlock(list instanceof OrderedList, items);
    }

    private Block table(TableBlock table) {
        List<List<List<Inline>>> head = new ArrayList<>();
        List<List<List<Inline>>> body = new ArrayList<>();
        for (Node part : table.getChildren()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                List<List<List<Inline>>> target = part instanceof TableHead ? head : body;
                for (Node row : part.getChildren()) {
                    if (row instanceof TableRow) {
                        target.add(row(row));
                    }
                }
            } else if (!(part instanceof TableSeparator)) {
                body.add(List.of(inlines(part)));
            }
        }
        return new Block.Table(head, body);
    }

    private List<List<Inline>> row(Node row) {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell : row.getChildren()) {
            if (cell instanceof TableCell) {
                cells.add(inlines(cell));
            }
        }
        return cells;
    }

    List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node child : parent.getChildren()) {
            Inline i = inline(child);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    private Inline inline(Node node) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            return new Inline.Text(node.getChars().unescape());
        } else if (node instanceof SoftLineBreak) {
            return new Inline.Text(" ");
        } else if (node instanceof HardLineBreak) {
            return new Inline.LineBreak();
        } else if (node instanceof StrongEmphasis) {
            return nested(node, () -> new Inline.Strong(inlines(node)));
        } else if (node instanceof Emphasis) {
            return nested(node, () -> new Inline.Emphasis(inlines(node)));
        } else if (node instanceof Code code) {
            return new Inline.Code(code.getText().toString());
        } else if (node instanceof Image img) {
            return new Inline.Image(
                    img.getText().unescape().strip(), img.getUrl().unescape(), line(img));
        } else if (node instanceof Link link) {
            return nested(node, () -> new Inline.Link(link.getUrl().unescape(), inlines(link), line(link)));
        } else if (node instanceof AutoLink link) {
            return new Inline.Link(
                    link.getUrl().unescape(),
                    List.of(new Inline.Text(link.getText().toString())),
                    line(link));
        } else if (node instanceof MailLink mail) {
            return new Inline.Link(
                    LinkScheme.MAILTO.prefix() + mail.getText(),
                    List.of(new Inline.Text(mail.getText().toString())),
                    line(mail));
        } else if (node instanceof LinkRef ref) {
            return nested(node, () -> linkRef(ref));
        } else if (node instanceof ImageRef ref) {
            return imageRef(ref);
        } else if (node instanceof HtmlInline) {
            rawHtml(node);
            return null;
        } else if (node instanceof HtmlInlineComment) {
            return null;
        }
        return node.hasChildren()
                ? nested(node, () -> plain(node))
                : new Inline.Text(node.getChars().toString());
    }

    /**
     * Reads a container one level deeper, or reports it (once per guide) and leaves it out when
     * that level is past {@link #MAX_DEPTH}.
     */
    private <T> T nested(Node node, java.util.function.Supplier<T> read) {
        if (depth >= MAX_DEPTH) {
            if (!depthReported) {
                depthReported = true;
                problems.add(Problem.error(
                        file,
                        line(node),
                        Kind.NESTING_TOO_DEEP,
                        "Quotes, lists, tables, bold text and links are nested here more than " + MAX_DEPTH
                                + " levels deep (the most Fiches accepts).",
                        "Nest them a few levels at most: start a new list or paragraph instead of going deeper."));
            }
            return null;
        }
        depth++;
        try {
            return read.get();
        } finally {
            depth--;
        }
    }

    /** Unknown inline containers keep their text but no formatting. */
    private Inline plain(Node node) {
        return new Inline.Text(PlainText.of(inlines(node)));
    }

    private Inline linkRef(LinkRef ref) {
        Reference target = ref.getReferenceNode(document);
        if (target == null) {
            return new Inline.Text(ref.getChars().unescape());
        }
        return new Inline.Link(target.getUrl().unescape(), inlines(ref), line(ref));
    }

    private Inline imageRef(ImageRef ref) {
        Reference target = ref.getReferenceNode(document);
        if (target == null) {
            return new Inline.Text(ref.getChars().unescape()); // as CommonMark shows it: words, not an image
        }
        return new Inline.Image(
                ref.getText().unescape().strip(), target.getUrl().unescape(), line(ref));
    }

    private void rawHtml(Node node) {
        String snippet = node.getChars().toString().strip();
        if (snippet.length() > 40) {
            snippet = snippet.substring(0, 40) + "…";
        }
        problems.add(Problem.error(
                file,
                line(node),
                Kind.RAW_HTML,
                "The guide contains HTML (" + snippet + "), which Fiches never renders.",
                "Write it in Markdown instead: **bold**, ![description](images/file.png), [text](https://…); "
                        + "to show a < sign, write \\<."));
    }
}
