package fiches.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Another process that holds a file's lock, as a second run would, until its input closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws IOException {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            System.out.println(lock.isValid() ? "held" : "not held");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
    }

    /** Starts a process holding {@code file}'s lock; returns once it holds it. Closing its input ends it. */
    static Process hold(Path file) throws IOException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
        if (!"held".equals(line)) {
            p.destroy();
            throw new IOException("the lock holder said " + line);
        }
        return p;
    }
}
