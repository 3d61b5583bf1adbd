package fiches.source;

import static fiches.problem.ProblemAssertions.BAD;
import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.assertLoads;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.load;
import static fiches.problem.ProblemAssertions.loadBounded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a guide file: size, encoding, byte-order mark and line endings. */
class SourceReaderTest {
    private static final Path REFERENCE = Path.of("guides", "comment-utiliser-france-connect.md");

    /** A short Latin-1 guide: its first accented letter is the é of « étapes », line 7, column 8. */
    private static final String LATIN1_GUIDE = """
            ---
            title: "Comment utiliser France Connect"
            steps: 1
            lang: "fr"
            ---

            ## Les étapes

            ### Étape 1 : Aller sur le site du service public

            Ouvrez votre navigateur Internet et allez sur **impots.gouv.fr**.
            """;

    @TempDir
    Path dir;

    @Test
    void rejectsAnEmptyFile() {
        Loaded loaded = load(BAD.resolve("vide.md"));
        assertError(loaded, Kind.FILE_EMPTY, 0);
        assertErrorKinds(loaded, Kind.FILE_EMPTY);
    }

    @Test
    void rejectsAFileOfBlankLinesAsEmpty() throws Exception {
        Path file = write("blanc.md", " \n\n\t\r\n".getBytes(StandardCharsets.US_ASCII));
        assertError(load(file), Kind.FILE_EMPTY, 0);
    }

    @Test
    void rejectsAFileHoldingOnlyAByteOrderMarkAsEmpty() throws Exception {
        Path file = write("bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        assertError(load(file), Kind.FILE_EMPTY, 0);
    }

    @Test
    void countsTheColumnOfABadByteInCharactersNotBytes() throws Exception {
        byte[] head = "---\ntitle: \"Réglé\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xE9; // a Latin-1 é after « title: "Réglé" »: the 15th character
        Problem p = assertError(load(write("colonne.md", bytes)), Kind.NOT_UTF8, 2);
        assertEquals(15, p.column());
    }

    @Test
    void composesLettersWrittenAsALetterAndAnAccent() throws Exception {
        SourceReader reader = new SourceReader(1 << 20);
        Path file = write("decompose.md", "Étape : cre\u0301er un compte".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "Étape : créer un compte",
                reader.read(file).source().orElseThrow().text());
    }

    @Test
    void rejectsAMissingFileAsUnreadable() {
        Loaded loaded = load(dir.resolve("absent.md"));
        assertError(loaded, Kind.FILE_UNREADABLE, 0);
        assertTrue(loaded.source().isEmpty());
    }

    @Test
    void rejectsBinaryGarbageAtItsFirstByte() throws Exception {
        // A PNG screenshot renamed .md: 0x89 can never start a UTF-8 character.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] noise = new byte[4096];
        new Random(20260130).nextBytes(noise);
        bytes.writeBytes(noise);
        Path file = write("capture.md", bytes.toByteArray());

        Problem p = assertError(load(file), Kind.NOT_UTF8, 1);
        assertEquals(1, p.column());
        assertTrue(p.message().contains("0x89"), p::toString);
    }

    @Test
    void rejectsNulBytesEvenInValidUtf8() throws Exception {
        // UTF-16 text saved without a byte-order mark: ASCII letters separated by NUL bytes.
        Path file = write("utf16.md", "---\ntitle: x\n".getBytes(StandardCharsets.UTF_16LE));
        Problem p = assertError(load(file), Kind.NOT_UTF8, 1);
        assertEquals(2, p.column());
        assertTrue(p.message().contains("0x00"), p::toString);
    }

    @Test
    void rejectsALatin1FileAtTheLineOfItsFirstAccent() throws Exception {
        Path file = write("latin1.md", LATIN1_GUIDE.getBytes(StandardCharsets.ISO_8859_1));

        Loaded loaded = load(file);
        Problem p = assertError(loaded, Kind.NOT_UTF8, 7);
        assertEquals(8, p.column());
        assertTrue(p.message().contains("0xE9"), p::toString);
        assertTrue(p.fix().contains("UTF-8"), p::toString);
        assertErrorKinds(loaded, Kind.NOT_UTF8);
    }

    @Test
    void rejectsAFiveMegabyteGuideQuickly() throws Exception {
        String paragraph = "Ouvrez votre navigateur Internet et allez sur **impots.gouv.fr**. ".repeat(10) + "\n\n";
        StringBuilder text = new StringBuilder(LATIN1_GUIDE);
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        Path file = write("enorme.md", text.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.size(file) >= 5_000_000);

        Loaded loaded = loadBounded(file);
        assertOnlyError(loaded, Kind.FILE_TOO_LARGE, 0, "1000 KB");
    }

    @Test
    void acceptsAByteOrderMarkWithoutShiftingLines() throws Exception {
        byte[] plain = Files.readAllBytes(REFERENCE);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(plain);
        Path file = write("avec-bom.md", bom.toByteArray());

        Loaded loaded = load(file);
        Guide guide = assertLoads(loaded);
        Guide reference = assertLoads(load(REFERENCE));
        assertFalse(loaded.source().orElseThrow().text().startsWith("\uFEFF"));
        assertEquals(reference.meta(), guide.meta());
        assertEquals(stepLines(reference), stepLines(guide));
    }

    @Test
    void acceptsCrlfLineEndingsWithTheSameLines() throws Exception {
        String crlf = Files.readString(REFERENCE).replace("\n", "\r\n");
        Path file = write("windows.md", crlf.getBytes(StandardCharsets.UTF_8));

        Loaded loaded = load(file);
        Guide guide = assertLoads(loaded);
        Guide reference = assertLoads(load(REFERENCE));
        assertFalse(loaded.source().orElseThrow().text().contains("\r"));
        assertEquals(reference.meta(), guide.meta());
        assertEquals(reference.faq(), guide.faq());
        assertEquals(stepLines(reference), stepLines(guide));
        assertEquals(
                reference.steps().stream().map(Step::title).toList(),
                guide.steps().stream().map(Step::title).toList());
    }

    @Test
    void namesTheOutputsAfterTheFile() {
        assertEquals("comment-utiliser-france-connect", new GuideSource(REFERENCE, "").slug());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static java.util.List<Integer> stepLines(Guide guide) {
        return guide.steps().stream().map(Step::line).toList();
    }
}
