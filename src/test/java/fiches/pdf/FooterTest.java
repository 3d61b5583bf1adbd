package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Labels;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The footer is one line on every page at every size, « Titre — page 2 sur 3 »: the whole
 * title when it fits, else its first words and « … ».
 */
@Tag("integration")
class FooterTest {
    /** « Titre — page 2 sur 3 » in the guide's language, or « Titre — 2 / 3 » beside a long title. */
    private static Pattern footer(Labels labels) {
        return Pattern.compile("(.+) — (?:" + Pattern.quote(labels.footerPage()) + " (\\d+) "
                + Pattern.quote(labels.footerOf()) + "|(\\d+) /) (\\d+)");
    }

    static Stream<Arguments> guides() {
        return PrintGuides.allAtEverySize();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void theFooterIsOneLineOnEveryPage(PrintGuides.Printed g) throws Exception {
        List<List<String>> footers = PrintedLines.footers(g.handout());
        String title = PdfText.normalize(g.guide().meta().title());
        for (int p = 0; p < footers.size(); p++) {
            List<String> lines = footers.get(p);
            assertEquals(1, lines.size(), g + ", page " + (p + 1) + ": the footer is " + lines);
            Matcher m = footer(new Labels(g.guide().meta().lang())).matcher(PdfText.normalize(lines.get(0)));
            assertTrue(m.matches(), g + ", page " + (p + 1) + ": " + lines.get(0));
            assertEquals(String.valueOf(p + 1), m.group(2) != null ? m.group(2) : m.group(3));
            assertEquals(String.valueOf(footers.size()), m.group(4));
            String printed = m.group(1);
            boolean whole = printed.equals(title);
            boolean shortened = printed.endsWith("…")
                    && printed.length() > 1
                    && title.startsWith(printed.substring(0, printed.length() - 1));
            assertTrue(whole || shortened, g + ": footer title « " + printed + " » for « " + title + " »");
        }
    }
}
