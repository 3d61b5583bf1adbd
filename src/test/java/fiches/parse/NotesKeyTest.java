package fiches.parse;

import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Guide;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front matter's {@code notes:}: a short list of short labels, each a place to write. */
class NotesKeyTest {
    /** The line of the {@code notes:} key in the guides written here. */
    private static final int NOTES_LINE = 5;

    @TempDir
    Path dir;

    private Loaded guideWithNotes(String notesYaml) throws IOException {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, """
                ---
                title: "Un guide"
                steps: 1
                lang: fr
                notes:%s
                ---

                ## Les étapes

                ### Étape 1 : Ouvrir

                Ouvrez l’application.
                """.formatted(notesYaml));
        return load(file);
    }

    @Test
    void readsTheLabelsInTheirOrder() throws IOException {
        Guide guide = assertLoads(guideWithNotes(" [\"Mon identifiant\", \"  Date du rendez-vous \"]"));
        assertEquals(
                List.of("Mon identifiant", "Date du rendez-vous"), guide.meta().notes());
    }

    @Test
    void aGuideWithoutNotesHasNone() throws IOException {
        Guide guide = assertLoads(load(TinyGuide.write(dir, "sans-notes.md", "Ouvrez.\n")));
        assertEquals(List.of(), guide.meta().notes());
    }

    @Test
    void rejectsNotesWrittenAsOneText() throws IOException {
        Problem p = assertOnlyError(guideWithNotes(" \"Mon identifiant\""), Kind.WRONG_TYPE, NOTES_LINE, "notes");
        assertTrue(p.fix().contains("notes: ["), p::toString);
    }

    @Test
    void rejectsALabelThatIsNotText() throws IOException {
        assertOnlyError(
                guideWithNotes("\n  - \"Mon identifiant\"\n  - 42\n  - [\"a\", \"b\"]"),
                Kind.WRONG_TYPE,
                NOTES_LINE + 2,
                "'42'");
        assertError(
                guideWithNotes("\n  - \"Mon identifiant\"\n  - 42\n  - [\"a\", \"b\"]"),
                Kind.WRONG_TYPE,
                NOTES_LINE + 3);
    }

    @Test
    void rejectsAnEmptyLabelOnItsLine() throws IOException {
        assertOnlyError(
                guideWithNotes("\n  - \"Mon identifiant\"\n  - \"  \""), Kind.INVALID_VALUE, NOTES_LINE + 2, "empty");
        assertOnlyError(guideWithNotes("\n  - \"Mon identifiant\"\n  -"), Kind.INVALID_VALUE, NOTES_LINE + 2, "empty");
    }

    @Test
    void rejectsALabelLongerThanEightyCharacters() throws IOException {
        assertLoads(guideWithNotes(" [\"" + "a".repeat(FrontMatterReader.MAX_NOTE_LENGTH) + "\"]"));
        assertOnlyError(
                guideWithNotes(" [\"" + "a".repeat(FrontMatterReader.MAX_NOTE_LENGTH + 1) + "\"]"),
                Kind.INVALID_VALUE,
                NOTES_LINE,
                "81 characters");
    }

    @Test
    void rejectsMoreThanTwentyLabelsAtTheFirstOneTooMany() throws IOException {
        String twenty = labels(FrontMatterReader.MAX_NOTES);
        assertEquals(
                FrontMatterReader.MAX_NOTES,
                assertLoads(guideWithNotes(twenty)).meta().notes().size());
        Loaded loaded = guideWithNotes(labels(FrontMatterReader.MAX_NOTES + 1));
        assertOnlyError(loaded, Kind.INVALID_VALUE, NOTES_LINE + FrontMatterReader.MAX_NOTES + 1, "21 labels");
    }

    @Test
    void rejectsAControlCharacterInALabel() throws IOException {
        assertOnlyError(guideWithNotes(" [\"Mon\\x07identifiant\"]"), Kind.INVALID_VALUE, NOTES_LINE, "U+0007");
    }

    @Test
    void reportsABadLabelAlongWithTheOtherProblems() throws IOException {
        Path file = dir.resolve("deux.md");
        Files.writeString(
                file,
                "---\ntitle: \"\"\nsteps: 1\nlang: fr\nnotes: [\"\"]\n---\n\n## Les étapes\n\n"
                        + "### Étape 1 : Ouvrir\n\nOuvrez.\n");
        assertErrorKinds(load(file), Kind.INVALID_VALUE);
        assertError(load(file), Kind.INVALID_VALUE, 2);
        assertError(load(file), Kind.INVALID_VALUE, 5);
    }

    private static String labels(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "\n  - \"Note " + i + "\"")
                .collect(Collectors.joining());
    }
}
