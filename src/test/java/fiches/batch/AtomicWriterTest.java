package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written file is complete or absent: readers see the old bytes or the new ones, never a mix. */
class AtomicWriterTest {
    @TempDir
    Path tmp;

    private final AtomicWriter writer = new AtomicWriter();

    @Test
    void writesANewFileAndTheFoldersAboveIt() throws IOException {
        Path target = tmp.resolve("a/b/guide.pdf");
        writer.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), Fixtures.filesIn(tmp));
    }

    @Test
    void replacingAFileLeavesExactlyTheNewBytes() throws IOException {
        Path target = tmp.resolve("guide.pdf");
        writer.write(target, filled(100_000, 'a'));
        writer.write(target, new byte[] {'b'});
        assertArrayEquals(new byte[] {'b'}, Files.readAllBytes(target), "a shorter file must not keep a tail");
        assertEquals(List.of(target), Fixtures.filesIn(tmp));
    }

    @Test
    void aReaderSeesTheOldOrTheNewBytesNeverAMix() throws Exception {
        Path target = tmp.resolve("guide.pdf");
        byte[] small = filled(300_000, 'a');
        byte[] large = filled(1_500_000, 'b');
        writer.write(target, small);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> torn = new ArrayList<>();
        int[] reads = {0};
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads[0]++;
                    if (!Arrays.equals(seen, small) && !Arrays.equals(seen, large)) {
                        torn.add(seen.length + " bytes starting with " + (char) (seen.length > 0 ? seen[0] : '?'));
                    }
                } catch (NoSuchFileException e) {
                    torn.add("the file was missing for a moment");
                } catch (IOException e) {
                    torn.add(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 60; i++) {
            writer.write(target, i % 2 == 0 ? large : small);
        }
        writing.set(false);
        reader.join();
        assertTrue(torn.isEmpty(), () -> "a reader saw: " + torn.subList(0, Math.min(5, torn.size())));
        assertTrue(reads[0] > 0);
        assertEquals(List.of(target), Fixtures.filesIn(tmp), "no temporary file may remain");
    }

    @Test
    void whenTheFolderCannotBeMadeNothingIsLeftAndTheErrorIsThrown() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThrows(IOException.class, () -> writer.write(notAFolder.resolve("guide.pdf"), new byte[] {1}));
        assertEquals(List.of(notAFolder), Fixtures.filesIn(tmp));
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void whenTheFinalRenameFailsTheTemporaryFileIsRemoved() throws IOException {
        // a non-empty folder where the file should go: no rename can replace it
        Path target = Files.createDirectories(tmp.resolve("guide.pdf"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");
        assertThrows(IOException.class, () -> writer.write(target, filled(10_000, 'z')));
        try (var listing = Files.list(tmp)) {
            assertEquals(List.of(target), listing.toList(), "only the folder may remain next to the target");
        }
        assertEquals("kept", Files.readString(inside));
    }

    @Test
    void writtenFilesGetThePermissionsOfAPlainNewFileSoOthersCanReadThem() throws IOException {
        assumeTrue(
                Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        Path plain = Files.write(tmp.resolve("plain.pdf"), new byte[] {1});
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        Path written = tmp.resolve("out/guide.pdf");
        writer.write(written, new byte[] {1});
        assertEquals(expected, Files.getPosixFilePermissions(written), "out/ folders are shared");
        writer.write(written, new byte[] {2}); // a replacement too
        assertEquals(expected, Files.getPosixFilePermissions(written), "out/ folders are shared");
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
    }

    @Test
    void filesWrittenTogetherAreAllReplacedOrNoneWhenTheSecondRenameFails() throws IOException {
        Path handout = Files.write(tmp.resolve("g-grands-caracteres.pdf"), new byte[] {'o', 'l', 'd', '1'});
        Path accessible = Files.write(tmp.resolve("g-accessible.pdf"), new byte[] {'o', 'l', 'd', '2'});
        AtomicWriter failingSecond = new AtomicWriter(failingMove(2));

        AtomicWriter.ReplaceFailure e = assertThrows(
                AtomicWriter.ReplaceFailure.class,
                () -> failingSecond.writeAll(
                        ordered(handout, new byte[] {'n', 'e', 'w'}, accessible, new byte[] {'n'})));

        assertArrayEquals(new byte[] {'o', 'l', 'd', '1'}, Files.readAllBytes(handout), "put back as it was");
        assertArrayEquals(new byte[] {'o', 'l', 'd', '2'}, Files.readAllBytes(accessible));
        assertEquals(List.of(), e.replaced());
        assertEquals(List.of(accessible, handout), Fixtures.filesIn(tmp), "no temporary file or backup may remain");
    }

    @Test
    void aFirstFileThatDidNotExistIsRemovedAgainWhenTheSecondRenameFails() throws IOException {
        Path handout = tmp.resolve("g-grands-caracteres.pdf");
        Path accessible = Files.write(tmp.resolve("g-accessible.pdf"), new byte[] {'o', 'l', 'd'});
        AtomicWriter failingSecond = new AtomicWriter(failingMove(2));

        assertThrows(
                AtomicWriter.ReplaceFailure.class,
                () -> failingSecond.writeAll(ordered(handout, new byte[] {'n'}, accessible, new byte[] {'n'})));

        assertFalse(Files.exists(handout));
        assertEquals(List.of(accessible), Fixtures.filesIn(tmp));
    }

    @Test
    void whenPuttingBackFailsTooTheFailureSaysWhichFileHoldsTheNewBytes() throws IOException {
        Path handout = Files.write(tmp.resolve("g-grands-caracteres.pdf"), new byte[] {'o'});
        Path accessible = Files.write(tmp.resolve("g-accessible.pdf"), new byte[] {'o'});
        AtomicWriter failingFromSecond = new AtomicWriter(failingMove(2, 3));

        AtomicWriter.ReplaceFailure e = assertThrows(
                AtomicWriter.ReplaceFailure.class,
                () -> failingFromSecond.writeAll(ordered(handout, new byte[] {'n'}, accessible, new byte[] {'n'})));

        assertEquals(List.of(handout), e.replaced());
        assertArrayEquals(new byte[] {'n'}, Files.readAllBytes(handout), "what the failure says is what is there");
        assertArrayEquals(new byte[] {'o'}, Files.readAllBytes(accessible));
    }

    @Test
    void recognisesItsOwnTemporaryNamesOnly() {
        assertTrue(AtomicWriter.isTemporary(".g-accessible.pdf.3k2j1h0g9f8e7.part"));
        assertTrue(AtomicWriter.isTemporary("..fiches-manifest.a1.part"));
        for (String other : new String[] {
            "g.part",
            ".g.part",
            ".g.PDF.abc.PART",
            ".g.pdf.abc.part.txt",
            ".g.pdf.ABC.part",
            ".g.pdf.abcdefghijklmn.part"
        }) {
            assertFalse(AtomicWriter.isTemporary(other), other);
        }
    }

    /** A mover whose calls numbered {@code failing} (from 1) fail, as a full disk or a folder in the way would. */
    private static AtomicWriter.Mover failingMove(int... failing) {
        int[] calls = {0};
        return (from, to) -> {
            calls[0]++;
            for (int f : failing) {
                if (calls[0] == f) {
                    throw new IOException("no space left on device (simulated)");
                }
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private static Map<Path, byte[]> ordered(Path first, byte[] a, Path second, byte[] b) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(first, a);
        files.put(second, b);
        return files;
    }

    private static byte[] filled(int n, char c) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }
}
