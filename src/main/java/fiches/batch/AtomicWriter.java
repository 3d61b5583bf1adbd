package fiches.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Replaces files only with complete new ones: the bytes go to hidden temporary files in the
 * same folder, are flushed to disk, then renamed over the targets. A reader, or an interrupted
 * run, sees the old file or the new one, never half of one; and files written together (the
 * two editions of a guide) are all replaced or none is.
 */
public final class AtomicWriter {
    private static final int NAME_ATTEMPTS = 100;
    /** The names of the temporary files: {@code .<target name>.<base-36 number>.part}. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.part");

    /** Renames a file over another in one step; replaceable so that tests can make it fail. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Mover mover;

    public AtomicWriter() {
        this((from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    }

    AtomicWriter(Mover mover) {
        this.mover = mover;
    }

    /** Whether a file name is one of this writer's temporary files, which a killed run may leave. */
    public static boolean isTemporary(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    public void write(Path target, byte[] bytes) throws IOException {
        writeAll(Map.of(target, bytes));
    }

    /**
     * Replaces every target with its bytes, or none of them.
     *
     * @throws ReplaceFailure saying which targets were left as they were, and which (should even
     *                        putting the old ones back fail) hold the new bytes
     */
    public void writeAll(Map<Path, byte[]> files) throws ReplaceFailure {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : new LinkedHashMap<>(files).entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Staged s = new Staged(target, createTemp(target));
                staged.add(s);
                fill(s.temp, e.getValue());
            }
            for (Staged s : staged) {
                s.backup = backup(s.target);
            }
        } catch (IOException e) {
            discard(staged);
            throw new ReplaceFailure(e, List.of());
        }
        replace(staged);
        discard(staged);
    }

    private void replace(List<Staged> staged) throws ReplaceFailure {
        int moved = 0;
        try {
            for (Staged s : staged) {
                mover.move(s.temp, s.target);
                moved++;
            }
        } catch (IOException e) {
            List<Path> notRestored = new ArrayList<>();
            for (Staged s : staged.subList(0, moved)) {
                try {
                    if (s.backup != null) {
                        mover.move(s.backup, s.target);
                    } else {
                        Files.deleteIfExists(s.target);
                    }
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                    notRestored.add(s.target);
                }
            }
            discard(staged);
            throw new ReplaceFailure(e, notRestored);
        }
    }

    /** A second name for the current target, to put it back with if a later target fails. */
    private static Path backup(Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null; // nothing to keep (or a folder, and then the move fails before any change)
        }
        for (int attempt = 0; ; attempt++) {
            Path backup = target.resolveSibling(tempName(target));
            try {
                return Files.createLink(backup, target);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without hard links: a copy serves as well, at the cost of its bytes
                Path copy = createTemp(target);
                Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return copy;
            }
        }
    }

    private static void fill(Path temp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void discard(List<Staged> staged) {
        for (Staged s : staged) {
            for (Path p : new Path[] {s.temp, s.backup}) {
                try {
                    if (p != null) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // left for the next run, which removes files with temporary names
                }
            }
        }
    }

    /**
     * Creates an empty, uniquely named temporary file. Not {@code Files.createTempFile}: it makes
     * files only their owner may read (rw-------), and the rename would carry that mode to the PDF,
     * which others sharing the out folder could then not open. A plain creation gets the mode the
     * user's umask gives every new file.
     */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling(tempName(target));
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static String tempName(Path target) {
        String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return "." + target.getFileName() + "." + unique + ".part";
    }

    private static final class Staged {
        final Path target;
        final Path temp;
        Path backup;

        Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }
    }

    /** Files written together could not all be replaced. */
    public static final class ReplaceFailure extends IOException {
        private final transient List<Path> replaced;

        ReplaceFailure(IOException cause, List<Path> replaced) {
            super(cause.getMessage(), cause);
            this.replaced = List.copyOf(replaced);
        }

        /** Targets that hold the new bytes although others failed: empty unless putting back failed too. */
        public List<Path> replaced() {
            return replaced;
        }
    }
}
