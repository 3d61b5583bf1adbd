package fiches.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.problem.Kind;
import fiches.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guide is read only from its own folder, and never more than the cap, whatever its size claims. */
class ConfinedReadingTest {
    @TempDir
    Path dir;

    @Test
    void refusesALinkToAFileOutsideTheFolderAndSaysWhereItLeads() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "---\ntitle: \"mot de passe\"\n---\n");
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Path link = Files.createSymbolicLink(guides.resolve("lien.md"), secret);

        Problem p = only(new SourceReader().read(link));

        assertEquals(Kind.FILE_OUTSIDE_FOLDER, p.kind());
        assertEquals(link, p.file());
        assertTrue(p.message().contains("link to " + secret.toRealPath() + ", outside the folder"), p::toString);
        assertTrue(p.fix().contains("Copy the file into " + guides), p::toString);
        assertFalse(p.toString().contains("mot de passe"));
    }

    @Test
    void refusesALinkThatClimbsOutThroughAnotherLink() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("ailleurs"));
        Files.writeString(outside.resolve("g.md"), "---\ntitle: x\n---\n");
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.createSymbolicLink(guides.resolve("sous-dossier"), outside);
        Path link = Files.createSymbolicLink(guides.resolve("lien.md"), Path.of("sous-dossier", "g.md"));

        Problem p = only(new SourceReader().read(link));
        assertEquals(Kind.FILE_OUTSIDE_FOLDER, p.kind());
    }

    @Test
    void readsALinkToAGuideInsideTheFolderUnderTheLinksName() throws Exception {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Path real = Files.writeString(
                Files.createDirectories(guides.resolve("versions")).resolve("v2.md"),
                "---\ntitle: \"Deuxième\"\n---\n",
                StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(guides.resolve("guide.md"), guides.relativize(real));

        GuideSource source = new SourceReader().read(link).source().orElseThrow();

        assertEquals("---\ntitle: \"Deuxième\"\n---\n", source.text());
        assertEquals("guide", source.slug());
    }

    @Test
    void keepsTheSizeCapWhileReadingAFileThatClaimsToBeEmpty() throws Exception {
        Path proc = Path.of("/proc/self/status"); // the kernel reports a size of 0; it holds over a kilobyte
        assertEquals(0, Files.size(proc));
        Problem p = only(new SourceReader(500).read(proc));
        assertEquals(Kind.FILE_TOO_LARGE, p.kind());
        assertTrue(p.message().contains("over 0 KB") || p.message().contains("a guide may be at most"), p::toString);
    }

    @Test
    void readsAFileOfExactlyTheCap() throws Exception {
        Path file = Files.write(dir.resolve("juste.md"), "a".repeat(500).getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                500,
                new SourceReader(500).read(file).source().orElseThrow().text().length());
        Files.write(file, "a".repeat(501).getBytes(StandardCharsets.US_ASCII));
        assertEquals(Kind.FILE_TOO_LARGE, only(new SourceReader(500).read(file)).kind());
    }

    /** The one problem of a file that cannot be read: it is told, with no text, never thrown. */
    private static Problem only(SourceReader.Read read) {
        assertTrue(read.source().isEmpty(), read::toString);
        assertTrue(read.problems().hasErrors(), read::toString);
        assertEquals(1, read.problems().size(), read::toString);
        return read.problems().get(0);
    }
}
