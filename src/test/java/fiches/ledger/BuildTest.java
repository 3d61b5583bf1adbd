package fiches.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's fingerprint follows every byte of its classes and resources, and nothing else. */
class BuildTest {
    private static final Map<String, String> PROGRAM = Map.of(
            "fiches/A.class", "classe A",
            "fiches/labels/fr.properties", "step=Étape {0}\n",
            "META-INF/MANIFEST.MF", "Main-Class: fiches.A\n");

    @TempDir
    Path tmp;

    @Test
    void theSameJarGivesTheSameFingerprintAndAChangedResourceAnother() throws IOException {
        String first = Build.of(jar(tmp.resolve("a.jar"), PROGRAM));
        assertEquals(first, Build.of(jar(tmp.resolve("b.jar"), PROGRAM)), "the same entries, made again");

        Map<String, String> changed = new TreeMap<>(PROGRAM);
        changed.put("fiches/labels/fr.properties", "step=Phase {0}\n");
        assertNotEquals(first, Build.of(jar(tmp.resolve("c.jar"), changed)), "a label changed");

        Map<String, String> renamed = new TreeMap<>(PROGRAM);
        renamed.put("fiches/B.class", renamed.remove("fiches/A.class"));
        assertNotEquals(first, Build.of(jar(tmp.resolve("d.jar"), renamed)), "a class renamed");
    }

    @Test
    void aFolderOfClassesIsFingerprintedByItsFilesNamesAndBytes() throws IOException {
        Path folder = folder(tmp.resolve("classes"), PROGRAM);
        String first = Build.of(folder);
        assertEquals(first, Build.of(folder(tmp.resolve("copy"), PROGRAM)));

        Files.writeString(folder.resolve("fiches/labels/fr.properties"), "step=Phase {0}\n");
        assertNotEquals(first, Build.of(folder), "a label changed");
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(1_767_225_600_000L); // fixed, as the build fixes them
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path folder(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }
}
