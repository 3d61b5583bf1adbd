package fiches.ledger;

import fiches.util.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint of the running program: a digest of its classes and resources, as the class
 * path holds them. The version number has stayed the same across many changes to Fiches, so it
 * cannot tell an old output from one the changed program would make; the fingerprint can, and is
 * part of the identity of every record (see {@link Identity}). It is taken once, when a record
 * first asks for it.
 *
 * <p>From a jar (the shaded {@code target/fiches.jar}, with the libraries in it), the fingerprint
 * is taken from the jar's central directory alone, which holds each entry's name, size and CRC-32
 * of its content: a few hundred kilobytes at the end of the file, instead of the whole jar (about
 * 10 MB, a tenth of a second of SHA-256 at start-up). The jar
 * is reproducible (its time stamps are fixed by the build), so the same sources give the same
 * fingerprint. From a folder of classes (the tests, an IDE), it is the digest of each file's name
 * and bytes.
 */
public final class Build {
    /** The end of central directory record: its signature, its size without comment, and the longest comment. */
    private static final int END_SIGNATURE = 0x06054b50;

    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 65535;

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

    /**
     * The fingerprint of a jar's central directory: every entry's name, sizes, CRC-32 and time
     * stamp, in the last few hundred kilobytes of the file. A jar too large for a plain directory
     * (ZIP64) is read whole.
     */
    private static String ofJar(Path jar) throws IOException {
        try (FileChannel file = FileChannel.open(jar)) {
            long size = file.size();
            int tail = (int) Math.min(size, END_RECORD + MAX_COMMENT);
            ByteBuffer end = read(file, size - tail, tail);
            for (int at = tail - END_RECORD; at >= 0; at--) {
                if (end.getInt(at) == END_SIGNATURE) {
                    long length = Integer.toUnsignedLong(end.getInt(at + 12));
                    long offset = Integer.toUnsignedLong(end.getInt(at + 16));
                    if (length >= Integer.MAX_VALUE || offset + length > size) {
                        break; // ZIP64, where these fields only say to look elsewhere
                    }
                    byte[] directory = read(file, offset, (int) length).array();
                    // Two checksums of the directory, 64 bits together, which the JDK computes
                    // natively: SHA-256 over it, before the JIT has compiled SHA-256, cost ten
                    // times as much at start-up (15 to 35 ms), for a directory whose entries are
                    // themselves identified by CRC-32.
                    CRC32 crc = new CRC32();
                    crc.update(directory);
                    CRC32C crcC = new CRC32C();
                    crcC.update(directory);
                    return new Digest()
                            .text("jar directory")
                            .text(directory.length + " " + Long.toHexString(crc.getValue()) + " "
                                    + Long.toHexString(crcC.getValue()))
                            .hex();
                }
            }
        }
        return new Digest().text("jar").file(jar).hex();
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the jar ends before its directory does");
            }
        }
        return buffer;
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
