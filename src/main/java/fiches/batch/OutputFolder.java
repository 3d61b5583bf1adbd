package fiches.batch;

import fiches.problem.Kind;
import fiches.problem.Thrown;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder, held by one run at a time. The hold is an operating-system lock on
 * {@code .fiches.lock}: a run that crashes or is killed releases it with its process, so the
 * file left behind never blocks a later run. A second run on the same folder does not wait: it
 * stops at once with status 3, so that a nightly job that overlaps the previous one says so
 * instead of piling up. Temporary files that a killed run left are removed once the folder is held.
 */
public final class OutputFolder implements AutoCloseable {
    static final String LOCK_NAME = ".fiches.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final List<Notice> notices;

    private OutputFolder(FileChannel channel, FileLock lock, List<Notice> notices) {
        this.channel = channel;
        this.lock = lock;
        this.notices = List.copyOf(notices);
    }

    /** Why a folder cannot take the PDFs at all, or empty: checked before any work. */
    public static Optional<String> unusable(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("--out " + out + " is a file, not a folder (give the folder for the PDFs)");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            return Optional.of("the output folder " + out + " cannot be made (" + Thrown.describe(e)
                    + "); give a folder you may write in");
        }
        if (!Files.isWritable(out)) {
            return Optional.of("you may not write in the output folder " + out + "; give another --out");
        }
        return Optional.empty();
    }

    /**
     * Holds the folder for this run, and removes what a killed run left in it.
     *
     * @throws ToolFailure when another run holds it, or the lock file cannot be made
     */
    public static OutputFolder hold(Path out) {
        Path lockFile = out.resolve(LOCK_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The output folder " + out + " cannot be locked for this run: " + lockFile + " cannot be made ("
                            + Thrown.describe(e) + ").",
                    "Check that you may write in " + out + ", or choose another --out folder.",
                    e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            close(channel);
            throw new ToolFailure(
                    Kind.OUTPUT_LOCKED,
                    "Another Fiches run is writing to " + out + " (it holds " + lockFile + ").",
                    "Wait for it to end, then run again; or give this run another --out folder.",
                    null);
        }
        return new OutputFolder(channel, lock, removeLeftovers(out));
    }

    /** Warnings met while taking the folder over: temporary files that could not be removed. */
    public List<Notice> notices() {
        return notices;
    }

    private static List<Notice> removeLeftovers(Path out) {
        List<Notice> notices = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                if (AtomicWriter.isTemporary(f.getFileName().toString())
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        notices.add(new Notice(
                                Kind.LEFTOVER_KEPT,
                                "The unfinished file " + f + ", left by an earlier run, could not " + "be removed ("
                                        + Thrown.describe(e) + ").",
                                "Remove it by hand."));
                    }
                }
            }
        } catch (IOException e) {
            throw new ToolFailure(
                    Kind.OUTPUT_FAILED,
                    "The output folder " + out + " cannot be listed (" + Thrown.describe(e) + ").",
                    "Check that you may read " + out + ".",
                    e);
        }
        return notices;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the process's end releases the lock in any case
        }
    }
}
