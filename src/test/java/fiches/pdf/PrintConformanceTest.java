package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.layout.Edition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The test guides for print (tables as row blocks, glued inline boundaries, split links, dashes
 * before third-level items) still make PDF/UA-1 and PDF/A-2a files, in both editions at every size.
 */
class PrintConformanceTest {

    static Stream<Arguments> guides() {
        return Stream.of("tableau-large.md", "gras-et-apostrophes.md", "adresses-longues.md", "listes-imbriquees.md",
                "english-guide.md").flatMap(PrintGuides::atEverySize);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void bothEditionsPassPdfUa1AndPdfA2a(PrintGuides.Printed g) throws Exception {
        for (Edition edition : Edition.values()) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                List<String> failed = VeraPdf.failedRules(g.pdf(edition), flavour);
                assertEquals(List.of(), failed, g + " " + edition + " fails " + flavour.getId() + ":\n  "
                        + String.join("\n  ", failed));
            }
        }
    }
}
