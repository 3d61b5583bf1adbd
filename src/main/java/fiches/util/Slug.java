package fiches.util;

import java.nio.file.Path;

/** The name a guide's outputs and records take from its file: the file name without {@code .md}. */
public final class Slug {
    private static final String EXTENSION = ".md";

    private Slug() {}

    public static String of(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
