package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fiches.product.Edition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Both editions of every guide, at every print size, pass veraPDF: PDF/UA-1, and PDF/A-2a for archiving. */
@Tag("integration")
class ConformanceTest {

    static Stream<EverySize.Sized> guides() {
        return EverySize.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theAccessibleEditionIsPdfUa1(EverySize.Sized g) throws Exception {
        assertNoFailure(g, Edition.ACCESSIBLE, PDFAFlavour.PDFUA_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theHandoutIsPdfUa1(EverySize.Sized g) throws Exception {
        assertNoFailure(g, Edition.HANDOUT, PDFAFlavour.PDFUA_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theAccessibleEditionIsPdfA2a(EverySize.Sized g) throws Exception {
        assertNoFailure(g, Edition.ACCESSIBLE, PDFAFlavour.PDFA_2_A);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theHandoutIsPdfA2a(EverySize.Sized g) throws Exception {
        assertNoFailure(g, Edition.HANDOUT, PDFAFlavour.PDFA_2_A);
    }

    /** A control: the same check on an untagged PDF must fail, or the tests above prove nothing. */
    @org.junit.jupiter.api.Test
    void anUntaggedPdfFailsTheSameCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path plain = dir.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        org.junit.jupiter.api.Assertions.assertFalse(
                VeraPdf.failedRules(plain, PDFAFlavour.PDFUA_1).isEmpty());
    }

    private static void assertNoFailure(EverySize.Sized g, Edition edition, PDFAFlavour flavour) throws Exception {
        List<String> failed = VeraPdf.failedRules(g.pdf(edition), flavour);
        assertEquals(
                List.of(),
                failed,
                g.pdf(edition) + " fails " + flavour.getId() + ":\n  " + String.join("\n  ", failed));
    }
}
