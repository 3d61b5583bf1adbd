package fiches.parse;

import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Guide;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.problem.Severity;
import fiches.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front matter's {@code translation_of}: the file name of the guide this one translates. */
class TranslationOfKeyTest {
    /** The line of the {@code translation_of:} key in the guides written here. */
    private static final int KEY_LINE = 5;

    @TempDir
    Path dir;

    private Path guide(String name, String value) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                ---
                title: "How to use France Connect"
                steps: 1
                lang: en
                translation_of:%s
                ---

                ## Steps

                ### Step 1: Open

                Open the app.
                """.formatted(value));
        return file;
    }

    private static Problem onlyWarning(Loaded loaded) {
        List<Problem> warnings = loaded.problems().stream()
                .filter(p -> p.kind() == Kind.TRANSLATION_UNLINKED)
                .toList();
        assertEquals(1, warnings.size(), loaded.problems()::toString);
        Problem p = warnings.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(KEY_LINE, p.line(), p::toString);
        return p;
    }

    @Test
    void carriesTheOriginalsName() throws IOException {
        Guide g = assertLoads(load(guide("how-to-use-france-connect.md", " comment-utiliser-france-connect")));
        assertEquals(Optional.of("comment-utiliser-france-connect"), g.meta().translationOf());
        assertTrue(load(guide("a.md", " \"b\"")).problems().isEmpty());
    }

    @Test
    void aGuideWithoutTheKeyTranslatesNone() throws IOException {
        Guide g = assertLoads(load(TinyGuide.write(dir, "seul.md", "Ouvrez.\n")));
        assertEquals(Optional.empty(), g.meta().translationOf());
    }

    @Test
    void aGuideNamingItselfIsMadeWithAWarning() throws IOException {
        Loaded loaded = load(guide("how-to.md", " how-to"));
        Guide g = assertLoads(loaded);
        assertEquals(Optional.empty(), g.meta().translationOf());
        Problem p = onlyWarning(loaded);
        assertTrue(p.message().contains("itself"), p::toString);
        assertTrue(p.fix().contains("not this one"), p::toString);
    }

    @Test
    void aNameWithMdIsToldToDropIt() throws IOException {
        Loaded loaded = load(guide("how-to.md", " comment-utiliser-france-connect.md"));
        assertEquals(Optional.empty(), assertLoads(loaded).meta().translationOf());
        assertTrue(onlyWarning(loaded).fix().contains("translation_of: comment-utiliser-france-connect."));
    }

    @ParameterizedTest
    @ValueSource(strings = {" \"../secret\"", " \"a b\"", " [a, b]", " \"\"", " ~", " {x: 1}", " \"/etc/passwd\""})
    void aValueThatIsNoGuidesNameIsAWarningWithItsLine(String value) throws IOException {
        Loaded loaded = load(guide("how-to.md", value));
        assertEquals(Optional.empty(), assertLoads(loaded).meta().translationOf());
        Problem p = onlyWarning(loaded);
        assertTrue(p.fix().contains("translation_of: comment-utiliser-france-connect"), p::toString);
    }

    @Test
    void theLinkAndItsLineAreReadFromTheFrontMatterAlone() throws Exception {
        Path file = guide("how-to.md", " comment-utiliser-france-connect");
        Optional<GuideParser.TranslationLink> link = new GuideParser()
                .translationLink(new SourceReader().read(file).source().orElseThrow());
        assertEquals(Optional.of(new GuideParser.TranslationLink("comment-utiliser-france-connect", KEY_LINE)), link);
    }
}
