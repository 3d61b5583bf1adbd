package fiches.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import fiches.guide.CheckedImages;
import fiches.guide.Guide;
import fiches.util.SafePaths;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The one gate between the renderer and the outside world: it resolves and opens local files
 * inside the allowed folders only (the guide's own folder, {@code styles/} and {@code fonts/}),
 * and refuses every other address, network ones included. A file of the guide's folder is never
 * read here: it is served from the images the checks decoded, byte for byte, or not at all, so a
 * file changed or swapped since it was checked is never embedded.
 */
final class Sandbox implements FSUriResolver, FSStreamFactory, BiPredicate<String, ExternalResourceType> {
    /** Schemes the renderer could otherwise open by itself; each is answered with nothing. */
    static final List<String> REFUSED_SCHEMES = List.of("http", "https", "ftp", "jar", "data", "mailto", "jrt");

    private static final long MAX_RESOURCE_BYTES = 10_000_000;

    private final List<Path> roots;
    private final List<Guest> guests;

    /** A guide's folder, whose files are served from the images its checks decoded. */
    private record Guest(Path folder, CheckedImages images) {}

    /** A sandbox for shared folders only (styles, fonts), all read from disk. */
    Sandbox(List<Path> shared) {
        this(shared, List.of());
    }

    /** @param shared folders read from disk (styles, fonts); @param guideFolder served from {@code images} only */
    Sandbox(List<Path> shared, Path guideFolder, CheckedImages images) {
        this(shared, List.of(new Guest(guideFolder.toAbsolutePath().normalize(), images)));
    }

    /** A sandbox for the guides of one document: each guide's folder is served from its own checked images. */
    static Sandbox forGuides(List<Path> shared, Collection<Guide> guides) {
        return new Sandbox(
                shared,
                guides.stream()
                        .map(g -> new Guest(g.folder().toAbsolutePath().normalize(), g.images()))
                        .toList());
    }

    private Sandbox(List<Path> shared, List<Guest> guests) {
        this.guests = List.copyOf(guests);
        this.roots = java.util.stream.Stream.concat(
                        shared.stream(), guests.stream().map(Guest::folder))
                .map(p -> p.toAbsolutePath().normalize())
                .distinct()
                .toList();
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        try {
            URI target = new URI(uri);
            if (!target.isAbsolute() && baseUri != null) {
                target = new URI(baseUri).resolve(target);
            }
            return allowedPath(target).map(p -> p.toUri().toString()).orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        try {
            return uri != null && allowedPath(new URI(uri)).isPresent();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public FSStream getUrl(String url) {
        byte[] bytes = read(url);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null
                        ? null
                        : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
    }

    /** A stream factory for the schemes that must never be opened. */
    static FSStreamFactory refusing() {
        return url -> new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return new StringReader("");
            }
        };
    }

    private byte[] read(String url) {
        try {
            Optional<Path> path = allowedPath(new URI(url));
            if (path.isEmpty()) {
                return null;
            }
            List<Guest> hosts = guests.stream()
                    .filter(g -> SafePaths.contains(g.folder(), path.get()))
                    .toList();
            if (!hosts.isEmpty()) {
                return hosts.stream()
                        .map(g -> g.images().get(path.get()))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null);
            }
            if (!Files.isRegularFile(path.get()) || Files.size(path.get()) > MAX_RESOURCE_BYTES) {
                return null;
            }
            return Files.readAllBytes(path.get());
        } catch (Exception e) {
            return null;
        }
    }

    private Optional<Path> allowedPath(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() != null) {
            return Optional.empty();
        }
        Path path = Path.of(uri).toAbsolutePath().normalize();
        return roots.stream().anyMatch(root -> SafePaths.contains(root, path)) ? Optional.of(path) : Optional.empty();
    }
}
