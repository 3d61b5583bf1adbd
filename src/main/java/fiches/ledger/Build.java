package fiches.ledger;

import fiches.util.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of the running program: a digest of its classes and resources, as the class
 * path holds them. The version number has stayed the same across many changes to Fiches, so it
 * cannot tell an old output from one the changed program would make; the fingerprint can, and is
 * part of the identity of every record (see {@link Identity}). It is taken once, when a record
 * first asks for it.
 *
 * <p>From a jar (the shaded {@code target/fiches.jar}, with the libraries in it), the fingerprint
 * is read from the jar's directory alone: each entry's name, size and CRC-32 of its content, which
 * the jar holds already, so nothing is decompressed. From a folder of classes (the tests, an IDE),
 * it is the digest of each file's name and bytes. The jar is reproducible (its time stamps are
 * fixed by the build), so the same sources give the same fingerprint.
 */
public final class Build {
    private Build() {}

    /** The running program's fingerprint, in hexadecimal. */
    public static String fingerprint() {
        return Running.FINGERPRINT;
    }

    /** The fingerprint of the program whose classes are in this folder or jar. */
    static String of(Path classes) throws IOException {
        return Files.isDirectory(classes) ? ofFolder(classes) : ofJar(classes);
    }

    private static String ofFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Digest digest = new Digest().text("folder");
        for (Path file : files) {
            // A name with '/' whatever the system, as in a jar.
            digest.text(folder.relativize(file).toString().replace('\\', '/')).file(file);
        }
        return digest.hex();
    }

    private static String ofJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            Digest digest = new Digest().text("jar");
            for (ZipEntry e : entries) {
                digest.text(e.getName()).text(e.getSize() + " " + Long.toHexString(e.getCrc()));
            }
            return digest.hex();
        }
    }

    /** Taken on first use only: a run that asks no record (--help, --version) reads nothing. */
    private static final class Running {
        static final String FINGERPRINT = read();

        private static String read() {
            CodeSource source = Build.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException(
                        "the program's classes cannot be found, so its fingerprint cannot be taken");
            }
            try {
                return of(Path.of(source.getLocation().toURI()));
            } catch (IOException e) {
                throw new UncheckedIOException("the program's classes cannot be read for its fingerprint", e);
            } catch (URISyntaxException | RuntimeException e) {
                throw new IllegalStateException(
                        "the program's classes are not in a folder or jar: " + source.getLocation(), e);
            }
        }
    }
}
