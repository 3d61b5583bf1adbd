package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words Fiches adds, the category among them, are in the guide's language. */
class GuideLanguageTest {

    static Stream<Arguments> frenchAndEnglish() {
        return Stream.concat(PrintGuides.atEverySize("tableau-large.md"), PrintGuides.atEverySize("english-guide.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchAndEnglish")
    void theCategoryAndTheLabelsAreInTheGuidesLanguage(PrintGuides.Printed g) throws Exception {
        boolean english = g.guide().meta().lang().tag().equals("en");
        for (Edition edition : Edition.pdfs()) {
            String text = PdfText.normalize(String.join(
                    " ",
                    PrintGuides.lines(g, edition).stream().flatMap(List::stream).toList()));
            for (String expected : english
                    ? List.of(
                            "Topic: Security",
                            "Level: medium",
                            "Step 1: Open the settings",
                            "Updated on 1 February 2026")
                    : List.of("Thème : Équipement", "Étape 1 : Trouver")) {
                assertTrue(text.contains(expected), g + ": no « " + expected + " » in " + text);
            }
            try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
                assertEquals(english ? "en" : "fr", doc.getDocumentCatalog().getLanguage());
            }
        }
    }
}
