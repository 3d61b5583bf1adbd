package fiches.layout;

import fiches.guide.Block;
import fiches.guide.CheckedImages;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.guide.LinkScheme;
import fiches.guide.PlainText;
import fiches.product.Labels;
import fiches.product.TextDirection;
import fiches.product.Typography;
import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Element;

/** Writes body blocks and inlines as XHTML elements, the same for both editions. */
final class BlockWriter {
    private final Xhtml x;
    private final Typography typography;
    private final Labels labels;
    private final boolean captions;
    private final Path folder;
    private final CheckedImages images;
    private final int deepestHeading;
    private final TableFit tableFit;
    private final QrPlaces qr;
    private final Paper paper;

    /**
     * @param deepestHeading the level a heading of the body may reach here without skipping one
     * @param qr             where the codes of the printed web addresses go, shared by the guide's writers
     * @param paper          the sheet the guide is printed on, which sizes its pictures
     */
    BlockWriter(
            Xhtml x,
            Typography typography,
            Labels labels,
            boolean captions,
            Guide guide,
            int deepestHeading,
            TableFit tableFit,
            QrPlaces qr,
            Paper paper) {
        this.tableFit = tableFit;
        this.paper = paper;
        this.qr = qr;
        this.folder = guide.folder();
        this.images = guide.images();
        this.deepestHeading = deepestHeading;
        this.x = x;
        this.typography = typography;
        this.labels = labels;
        this.captions = captions;
    }

    /**
     * Writes blocks into a group that is kept on one page (a heading and its first block), and the
     * QR codes they call for into {@code after}: a code need not share its heading's page, and
     * inside the group it could push the whole group onto the next page.
     */
    void groupedBlocks(Element group, Element after, List<Block> blocks) {
        for (Block b : blocks) {
            block(group, b);
            qr.flush(after);
        }
    }

    /** Writes the blocks, each followed by the QR codes of the addresses it printed first. */
    void blocks(Element parent, List<Block> blocks) {
        for (Block b : blocks) {
            block(parent, b);
            qr.flush(parent);
        }
    }

    private void block(Element parent, Block block) {
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void paragraph(Block.Paragraph p) {
                BlockWriter.this.paragraph(parent, p.content());
                return null;
            }

            @Override
            public Void heading(Block.Heading h) {
                inlines(x.add(parent, "h" + Math.min(h.level(), deepestHeading)), h.content());
                return null;
            }

            @Override
            public Void list(Block.ListBlock l) {
                Element list = x.add(parent, l.ordered() ? "ol" : "ul");
                if (ShortList.is(l)) {
                    list.setAttribute("class", "short");
                }
                l.items().forEach(item -> listItem(x.add(list, "li"), item));
                return null;
            }

            @Override
            public Void table(Block.Table t) {
                BlockWriter.this.table(parent, t);
                return null;
            }

            @Override
            public Void quote(Block.Quote q) {
                blocks(x.add(parent, "blockquote"), q.content());
                return null;
            }

            @Override
            public Void code(Block.Code c) {
                x.addText(parent, "p", c.text()).setAttribute("class", "code");
                return null;
            }
        });
    }

    /** A tight list item holds one paragraph: write its inlines straight into the item. */
    private void listItem(Element li, List<Block> item) {
        if (item.size() == 1 && item.get(0) instanceof Block.Paragraph p && !isFigure(p.content())) {
            inlines(li, p.content());
            qr.flush(li);
        } else {
            blocks(li, item);
        }
    }

    private void paragraph(Element parent, List<Inline> content) {
        if (isFigure(content)) {
            figure(parent, (Inline.Image) content.stream()
                    .filter(i -> i instanceof Inline.Image)
                    .findFirst()
                    .get());
        } else {
            inlines(x.add(parent, "p"), content);
        }
    }

    /** A paragraph that is only an image (and blanks around it) is shown as a figure. */
    private static boolean isFigure(List<Inline> content) {
        return content.stream().anyMatch(i -> i instanceof Inline.Image)
                && content.stream()
                        .allMatch(i -> i instanceof Inline.Image
                                || i instanceof Inline.Text t && t.text().isBlank());
    }

    private void figure(Element parent, Inline.Image image) {
        Element holder = x.add(parent, "div", "figure");
        Element img = x.add(holder, "img");
        img.setAttribute("src", source(image));
        img.setAttribute("alt", image.alt());
        // Sized from the very bytes that were checked and will be embedded.
        images.get(folder.resolve(image.path()).normalize())
                .flatMap(bytes -> FigureSize.style(bytes, paper))
                .ifPresent(s -> img.setAttribute("style", s));
        if (captions) {
            Element caption = x.add(holder, "p", "caption");
            x.addText(caption, "span", labels.imageLabel()).setAttribute("class", "label");
            x.text(caption, typography.apply(image.alt()));
        }
    }

    /**
     * A table whose columns fit their longest words at the print size stays a table, with header
     * cells a screen reader announces; any other is printed one block per row, each value after
     * its column's name, as large-print practice does, so that no word is ever cut.
     */
    private void table(Element parent, Block.Table t) {
        if (!tableFit.fits(t, parent)) {
            rowBlocks(parent, t);
            return;
        }
        Element table = x.add(parent, "table");
        if (!t.head().isEmpty()) {
            Element thead = x.add(table, "thead");
            t.head().forEach(row -> row(x.add(thead, "tr"), row, "th"));
        }
        Element tbody = x.add(table, "tbody");
        t.body().forEach(row -> row(x.add(tbody, "tr"), row, "td"));
    }

    /** « Téléphone : Android — Application : Google Drive », one paragraph per row. */
    private void rowBlocks(Element parent, Block.Table t) {
        List<List<Inline>> names =
                t.head().isEmpty() ? List.of() : t.head().get(t.head().size() - 1);
        List<List<List<Inline>>> rows = t.body().isEmpty() ? t.head() : t.body();
        boolean named = !t.body().isEmpty();
        Element holder = x.add(parent, "div", "table-rows");
        for (List<List<Inline>> row : rows) {
            Element p = x.add(holder, "p", "table-row");
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    x.text(p, "\u00A0— "); // the dash ends a line, never starts one
                }
                if (named && i < names.size() && !PlainText.of(names.get(i)).isBlank()) {
                    inlines(x.add(p, "strong"), names.get(i));
                    x.text(p, labels.colon());
                }
                inlines(p, row.get(i));
            }
        }
    }

    private void row(Element tr, List<List<Inline>> cells, String cellName) {
        for (List<Inline> cell : cells) {
            Element c = x.add(tr, cellName);
            if (cellName.equals("th")) {
                c.setAttribute("scope", "col");
            }
            inlines(c, cell);
        }
    }

    void inlines(Element parent, List<Inline> inlines) {
        inlines.forEach(i -> inline(parent, i));
    }

    private void inline(Element parent, Inline inline) {
        inline.accept(new Inline.Visitor<Void>() {
            @Override
            public Void text(Inline.Text t) {
                String text = typography.apply(t.text());
                if (labels.rules().direction().isRightToLeft()) {
                    numbersApart(parent, text);
                } else {
                    x.text(parent, text);
                }
                return null;
            }

            @Override
            public Void strong(Inline.Strong s) {
                inlines(x.add(parent, "strong"), s.content());
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis e) {
                inlines(x.add(parent, "em"), e.content());
                return null;
            }

            @Override
            public Void code(Inline.Code c) {
                x.addText(parent, "code", c.text());
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                BlockWriter.this.link(parent, l);
                return null;
            }

            @Override
            public Void image(Inline.Image img) {
                Element e = x.add(parent, "img");
                e.setAttribute("src", source(img));
                e.setAttribute("alt", img.alt());
                return null;
            }

            @Override
            public Void lineBreak(Inline.LineBreak b) {
                x.add(parent, "br");
                return null;
            }
        });
    }

    /** Images are given by absolute file address, already checked to lie inside the guide's folder. */
    private String source(Inline.Image image) {
        return folder.resolve(image.path()).normalize().toUri().toString();
    }

    /**
     * A number written in groups, « 05 53 00 00 00 », as a left-to-right isolate that never
     * breaks: in a right-to-left line the bidi algorithm takes the spaces between its groups as
     * right to left and prints the groups in reverse order, « 00 00 00 53 05 ».
     */
    private void numbersApart(Element parent, String text) {
        java.util.regex.Matcher m = GROUPED_NUMBER.matcher(text);
        int done = 0;
        while (m.find()) {
            if (m.start() > done) {
                x.text(parent, text.substring(done, m.start()));
            }
            Element number = x.addText(parent, "span", m.group());
            number.setAttribute("class", "phone");
            number.setAttribute("dir", TextDirection.LTR.html());
            done = m.end();
        }
        if (done < text.length()) {
            x.text(parent, text.substring(done));
        }
    }

    /** Digits in three groups or more, parted by spaces, dots or hyphens: a phone number. */
    private static final java.util.regex.Pattern GROUPED_NUMBER = java.util.regex.Pattern.compile(
            "\\+?[0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,4}(?:[ .\\u00A0-][0-9\\u0660-\\u0669\\u06F0-\\u06F9]{2,4}){2,}");

    /** The address is printed after the words, so that it can be read and typed from paper. */
    private void link(Element parent, Inline.Link l) {
        String address = readableAddress(l.url());
        String text = PlainText.of(l.content());
        Element a = x.add(parent, "a");
        a.setAttribute("href", l.url());
        a.setAttribute("title", labels.linkTitle(text, address));
        inlines(a, l.content());
        qr.linked(l.url());
        if (!text.strip().equals(address)) {
            // The brackets belong to the address, so that no line ends with « ( » or starts with « ) ».
            x.text(a, " ");
            Element printed = x.addText(a, "span", "(" + address + ")");
            printed.setAttribute("class", "address");
            if (labels.rules().direction().isRightToLeft()) {
                // An address reads left to right, brackets and all, inside a right-to-left line:
                // its own direction isolate, or the bidi algorithm moves its brackets and dots.
                printed.setAttribute("dir", TextDirection.LTR.html());
            }
        }
    }

    /** The address as a person types it: no scheme, no trailing slash. */
    static String readableAddress(String url) {
        String s = LinkScheme.withoutScheme(url);
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
