package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader;
import fiches.product.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** One QR code placeholder per distinct web address, after the block that holds its first link. */
class QrPlacesTest {
    private static final String GUIDE = """
            ---
            title: "Titre"
            steps: 2
            lang: "fr"
            ---

            ## Les étapes

            ### Étape 1 : Ouvrir

            Ouvrez [le site](https://www.exemple.fr/a) ou [l’autre](https://www.exemple.fr/b).

            - Écrivez à [la mairie](mailto:mairie@exemple.fr).
            - Revenez sur [le site](https://www.exemple.fr/a).

            ### Étape 2 : Continuer

            - Puis [la suite](http://exemple.org/suite).
            """;

    @Test
    void placesOneCodePerDistinctWebAddressAfterItsFirstBlock(@TempDir Path dir) throws Exception {
        Document doc = layout(dir);
        List<String> addresses = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(Xhtml.NS, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (p.getAttribute("id").startsWith(GuideLayout.QR_ID)) {
                addresses.add(p.getAttribute(GuideLayout.QR_ADDRESS));
            }
        }
        // No code for the mail address, none again for the repeated one.
        assertEquals(
                List.of("https://www.exemple.fr/a", "https://www.exemple.fr/b", "http://exemple.org/suite"), addresses);
        Element first = qr(doc, 1);
        // The step's first paragraph is kept with its title; its codes come right after that group.
        Element head = (Element) first.getPreviousSibling();
        assertEquals("step-head", head.getAttribute("class"));
        assertTrue(
                head.getLastChild().getTextContent().startsWith("Ouvrez le site"),
                "the first code follows the paragraph of its link");
        assertEquals(first, qr(doc, 2).getPreviousSibling(), "both codes of one paragraph follow it, in order");
        Element last = qr(doc, 3);
        assertEquals("li", ((Element) last.getParentNode()).getLocalName(), "inside the list item that holds the link");
        assertTrue(last.getParentNode().getTextContent().startsWith("Puis la suite"), "after the words of its item");
        assertEquals("Scannez ce code avec votre téléphone pour ouvrir la page de exemple.org.", last.getTextContent());
    }

    private static Element qr(Document doc, int n) {
        NodeList ps = doc.getElementsByTagNameNS(Xhtml.NS, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (p.getAttribute("id").equals(GuideLayout.QR_ID + n)) {
                return p;
            }
        }
        throw new AssertionError("no placeholder " + n);
    }

    private static Document layout(Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.md"), GUIDE);
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        return new GuideLayout("", fiches.pdf.RenderedGuides.resources().textWidths(), 18)
                .layout(loaded.guide().orElseThrow(() -> new AssertionError(loaded.problems())), Edition.HANDOUT);
    }
}
