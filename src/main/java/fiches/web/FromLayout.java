package fiches.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Copies the layout's W3C document into jsoup nodes, element by element and text by text, so the
 * page is written from the very tree the PDFs are rendered from; jsoup escapes what it writes.
 */
final class FromLayout {
    private FromLayout() {}

    /** Appends a copy of {@code from}'s children to {@code to}. */
    static void copyChildren(Node from, Element to) {
        for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> copyChildren(n, copy((org.w3c.dom.Element) n, to));
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> to.appendChild(new TextNode(n.getNodeValue()));
                default -> {
                    // comments and processing instructions are not part of what is read
                }
            }
        }
    }

    private static Element copy(org.w3c.dom.Element from, Element parent) {
        Element e = parent.appendElement(from.getLocalName() != null ? from.getLocalName() : from.getTagName());
        NamedNodeMap attributes = from.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            e.attr(a.getNodeName(), a.getNodeValue());
        }
        return e;
    }
}
