package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The laid-out document: outline without skipped levels, text kept as text. */
class GuideLayoutTest {
    private static final String GUIDE = """
            ---
            title: "Titre"
            steps: 1
            lang: "fr"
            ---

            ## Conseils

            #### Un sous-titre trop profond

            Du texte échappée : \\<b>.

            ## Les étapes

            ### Étape 1 : Faire

            #### Détail

            Fait.
            """;

    @Test
    void bodyHeadingsNeverSkipALevel(@TempDir Path dir) throws Exception {
        Document doc = layout(dir, GUIDE);
        assertEquals(List.of("h1", "h2", "h3", "h2", "h3", "h4"), headings(doc));
    }

    @Test
    void guideTextStaysText(@TempDir Path dir) throws Exception {
        Document doc = layout(dir, GUIDE);
        assertEquals(0, doc.getElementsByTagNameNS(Xhtml.NS, "b").getLength());
        assertEquals(true, doc.getDocumentElement().getTextContent().contains("échappée\u00A0: <b>."));
    }

    private static Document layout(Path dir, String guide) throws Exception {
        Path file = Files.writeString(dir.resolve("g.md"), guide);
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        return new GuideLayout("", fiches.pdf.RenderedGuides.resources().textWidths(), 18)
                .layout(loaded.guide().orElseThrow(() -> new AssertionError(loaded.problems())), Edition.ACCESSIBLE);
    }

    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(Xhtml.NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String name = ((Element) all.item(i)).getLocalName();
            if (name.matches("h[1-6]")) {
                out.add(name);
            }
        }
        return out;
    }
}
