package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.pdf.RenderedGuides;
import fiches.product.LanguageRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The two sides of an inline boundary with no space are kept together, and the text is unchanged. */
class InlineGlueTest {
    private final Xhtml x = new Xhtml();
    /** About the widest group a line holds at the largest print size. */
    private static final float LINE_EM = 17;

    private final InlineGlue glue = new InlineGlue(
            x,
            new LineBreaker(LanguageRules.of("fr")),
            RenderedGuides.resources().textWidths(),
            LINE_EM);

    private Element paragraph(Object... parts) {
        Element p = x.element("p");
        for (Object part : parts) {
            if (part instanceof String s) {
                x.text(p, s);
            } else {
                p.appendChild((Node) part);
            }
        }
        return p;
    }

    private Element strong(String text) {
        Element s = x.element("strong");
        x.text(s, text);
        return s;
    }

    /** The text of each kept group, in order. */
    private static List<String> kept(Element root) {
        List<String> out = new ArrayList<>();
        var spans = root.getElementsByTagNameNS(Xhtml.NS, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element s = (Element) spans.item(i);
            if (InlineGlue.KEEP.equals(s.getAttribute("class"))
                    && !InlineGlue.KEEP.equals(((Element) s.getParentNode()).getAttribute("class"))) {
                out.add(s.getTextContent());
            }
        }
        return out;
    }

    @Test
    void keepsAnElidedArticleWithTheBoldWordAfterIt() {
        Element p = paragraph("Ouvrez l’", strong("Application Photos"), " ensuite.");
        glue.apply(p);
        assertEquals(List.of("l’Application"), kept(p));
        assertEquals("Ouvrez l’Application Photos ensuite.", p.getTextContent());
    }

    @Test
    void leavesAGroupWiderThanALineUnglued() {
        String segment = "inscriptiondudemandeurdelogementsocialenligne"; // no hyphen to break at
        Element p = paragraph("Ouvrez ", strong("la page (www.exemple.fr/" + segment + ")"), "\u00A0: elle s’ouvre.");
        glue.apply(p);
        assertEquals(List.of(), kept(p), "glued, the group would run off the paper");
        assertEquals("Ouvrez la page (www.exemple.fr/" + segment + ")\u00A0: elle s’ouvre.", p.getTextContent());
    }

    @Test
    void keepsABoldWordWithThePunctuationAfterIt() {
        Element p = paragraph("Touchez ", strong("Valider"), ". Puis ", strong("Envoyer"), "\u00A0: c’est fini.");
        glue.apply(p);
        assertEquals(List.of("Valider.", "Envoyer\u00A0:"), kept(p));
        assertEquals("Touchez Valider. Puis Envoyer\u00A0: c’est fini.", p.getTextContent());
    }

    @Test
    void keepsGuillemetsAroundABoldWordAsOneGroup() {
        Element p = paragraph("puis sur «\u00A0", strong("Envoyer"), "\u00A0» et attendez.");
        glue.apply(p);
        assertEquals(List.of("«\u00A0Envoyer\u00A0»"), kept(p));
    }

    @Test
    void leavesBoundariesAtASpaceAlone() {
        Element p = paragraph("Touchez ", strong("Valider"), " puis attendez.");
        glue.apply(p);
        assertEquals(List.of(), kept(p));
    }

    @Test
    void givesEachGroupItsPrintedWidthInEm() {
        Element p = paragraph("l’", strong("Application"));
        glue.apply(p);
        Element keep = (Element) p.getFirstChild();
        float expected = RenderedGuides.resources().textWidths().width("l’", false, 1)
                + RenderedGuides.resources().textWidths().width("Application", true, 1);
        String style = keep.getAttribute("style");
        float width = Float.parseFloat(style.replaceAll("[^0-9.]", ""));
        assertEquals(expected + 0.1f, width, 0.01f, style);
    }
}
