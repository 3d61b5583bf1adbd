package fiches.layout;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A thin helper over a W3C DOM in the XHTML namespace. The document is built node by node,
 * never parsed from text, so guide text is always text: nothing in it can become markup.
 */
final class Xhtml {
    static final String NS = "http://www.w3.org/1999/xhtml";

    private final Document doc;

    Xhtml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM implementation is missing", e);
        }
    }

    Document document() {
        return doc;
    }

    Element element(String name) {
        return doc.createElementNS(NS, name);
    }

    Element element(String name, String cssClass) {
        Element e = element(name);
        e.setAttribute("class", cssClass);
        return e;
    }

    /** Appends a new child element and returns it. */
    Element add(Element parent, String name) {
        Element e = element(name);
        parent.appendChild(e);
        return e;
    }

    Element add(Element parent, String name, String cssClass) {
        Element e = element(name, cssClass);
        parent.appendChild(e);
        return e;
    }

    /** Appends a child element holding the given text. */
    Element addText(Element parent, String name, String text) {
        Element e = add(parent, name);
        e.appendChild(doc.createTextNode(text));
        return e;
    }

    void text(Element parent, String text) {
        parent.appendChild(doc.createTextNode(text));
    }
}
