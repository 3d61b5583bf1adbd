package fiches.parse;

import static fiches.problem.ProblemAssertions.BAD;
import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.loadBad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Block;
import fiches.guide.Inline;
import fiches.guide.PlainText;
import fiches.guide.Section;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.SourceReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw HTML is reported where it stands and never reaches the model, so it can neither render nor fetch. */
class RawHtmlTest {
    private static final String GUIDE = "html-brut.md";

    @ParameterizedTest
    @CsvSource({"<link, 7", "<style>, 9", "<img, 15", "<script>, 17", "<iframe, 21"})
    void reportsEachRawHtmlElementOnItsLine(String element, int line) {
        Problem p = assertError(loadBad(GUIDE), Kind.RAW_HTML, line);
        assertTrue(p.message().contains(element), p::toString);
    }

    @Test
    void reportsNothingElseAboutAGuideWithRawHtml() {
        var loaded = loadBad(GUIDE);
        assertErrorKinds(loaded, Kind.RAW_HTML);
        assertEquals(5, loaded.problems().size(), () -> loaded.problems().toString());
    }

    @Test
    void dropsRawHtmlFromTheBody() throws Exception {
        Draft draft = new GuideParser()
                .parse(new SourceReader().read(BAD.resolve(GUIDE)).source().orElseThrow());
        assertEquals(
                2, draft.sections().stream().mapToInt(s -> s.steps().size()).sum());
        String text = String.join("\n", texts(draft.sections()));
        assertTrue(text.contains("cherchez ce bouton bleu"), text);
        for (String tag : List.of("<link", "<style", "<img", "<script", "<iframe", "window.location", "font-size")) {
            assertFalse(text.contains(tag), () -> tag + " reached the model: " + text);
        }
    }

    private static List<String> texts(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            s.blocks().forEach(b -> blockTexts(b, out));
            s.steps().forEach(step -> step.body().forEach(b -> blockTexts(b, out)));
        }
        return out;
    }

    private static void blockTexts(Block b, List<String> out) {
        if (b instanceof Block.Paragraph p) {
            out.add(PlainText.of(p.content()));
            p.content().stream()
                    .filter(i -> i instanceof Inline.Image || i instanceof Inline.Link)
                    .forEach(i -> out.add(i.toString()));
        } else if (b instanceof Block.Code c) {
            out.add(c.text());
        } else if (b instanceof Block.Heading h) {
            out.add(PlainText.of(h.content()));
        } else if (b instanceof Block.Quote q) {
            q.content().forEach(inner -> blockTexts(inner, out));
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(inner -> blockTexts(inner, out)));
        } else {
            out.add(b.toString());
        }
    }
}
