package fiches.catalogue;

import java.net.URI;
import java.net.URISyntaxException;

/** A relative link to a file beside the page, whatever its name holds (spaces, accents, « # », « ? », « : »). */
final class Href {
    private Href() {}

    /**
     * The name as a relative URL path: every character a path cannot hold as it is is
     * percent-encoded, and a name with a colon starts with « ./ » so that it can never read as
     * a scheme (« javascript: »).
     */
    static String of(String fileName) {
        try {
            String path = new URI(null, null, fileName, null).toASCIIString();
            path = path.replace("#", "%23").replace("?", "%3F");
            return path.contains(":") ? "./" + path : path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("no link can name the file " + fileName, e);
        }
    }
}
