package fiches.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-step French guide whose step body is given; that body starts on line {@link #BODY_LINE}. */
public final class TinyGuide {
    public static final int BODY_LINE = 11;
    private static final String HEAD = """
            ---
            title: "Un guide"
            steps: 1
            lang: fr
            ---

            ## Les étapes

            ### Étape 1 : Ouvrir

            """;

    private TinyGuide() {}

    public static Path write(Path folder, String name, String stepBody) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, HEAD + stepBody);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
