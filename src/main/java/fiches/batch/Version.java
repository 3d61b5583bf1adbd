package fiches.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool's version, as the build wrote it: part of every output's identity. */
public final class Version {
    public static final String NUMBER = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/fiches/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the build left out fiches/version.properties", e));
        }
    }
}
