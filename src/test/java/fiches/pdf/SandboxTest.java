package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import fiches.batch.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer's one gate to the outside: a file inside an allowed folder passes; every other
 * address (network, archives, other files, escapes by {@code ..} or by link) gets nothing.
 */
class SandboxTest {
    private static final byte[] INSIDE = {'o', 'k'};

    @TempDir
    Path tmp;

    Path root;
    Path secret;
    Sandbox sandbox;
    LoopbackServer server;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("guides"));
        secret = Files.createDirectories(tmp.resolve("secret"));
        Files.write(Files.createDirectories(root.resolve("images")).resolve("inside.png"), INSIDE);
        Files.writeString(secret.resolve("canary.txt"), "secret");
        // a sibling whose name starts like the root's: a string prefix test would let it through
        Files.writeString(Files.createDirectories(tmp.resolve("guides-private")).resolve("canary.txt"), "secret");
        sandbox = new Sandbox(List.of(root));
        server = new LoopbackServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        List<String> connections = server.settledConnections();
        server.close();
        assertEquals(List.of(), connections, "the sandbox reached the network");
    }

    @Test
    void aFileInsideARootIsResolvedAllowedAndRead() throws IOException {
        String uri = root.resolve("images/inside.png").toUri().toString();
        assertEquals(uri, sandbox.resolveURI(null, uri));
        assertEquals(uri, sandbox.resolveURI(root.toUri().toString(), "images/inside.png"));
        for (ExternalResourceType type : ExternalResourceType.values()) {
            assertTrue(sandbox.test(uri, type), type::name);
        }
        assertArrayEquals(INSIDE, bytes(sandbox.getUrl(uri)));
    }

    @Test
    void anyOfSeveralRootsWillDo() throws IOException {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        Files.write(styles.resolve("common.css"), INSIDE);
        Sandbox two = new Sandbox(List.of(root, styles));
        String uri = styles.resolve("common.css").toUri().toString();
        assertEquals(uri, two.resolveURI(null, uri));
        assertArrayEquals(INSIDE, bytes(two.getUrl(uri)));
        assertNull(two.resolveURI(null, secret.resolve("canary.txt").toUri().toString()));
    }

    @Test
    void aLinkInsideARootToAFileInsideIsFollowed() throws IOException {
        assumeSymlinks();
        Path link = Files.createSymbolicLink(root.resolve("alias.png"), root.resolve("images/inside.png"));
        assertArrayEquals(INSIDE, bytes(sandbox.getUrl(link.toUri().toString())));
    }

    @Test
    void networkAddressesAreRefused() throws IOException {
        List<String> refused = new ArrayList<>();
        for (String scheme : List.of("http", "https", "ftp", "HTTP")) {
            refused.add(scheme + "://127.0.0.1:" + server.port() + "/a.png");
        }
        refused.add("//127.0.0.1:" + server.port() + "/a.png");
        refused.add("file://127.0.0.1:" + server.port() + root.resolve("images/inside.png"));
        refused.add("file://localhost" + root.resolve("images/inside.png"));
        for (String uri : refused) {
            assertRefused(uri);
            assertNull(sandbox.resolveURI(root.toUri().toString(), uri), uri);
        }
    }

    @Test
    void otherSchemesAreRefused() throws IOException {
        String inside = root.resolve("images/inside.png").toUri().toString();
        for (String uri : List.of(
                "jar:" + inside + "!/x.png",
                "jrt:/java.base/java/lang/Object.class",
                "data:image/png;base64,b2s=",
                "mailto:a@b.fr",
                "urn:x:y",
                "classpath:/styles/common.css")) {
            assertRefused(uri);
        }
    }

    @Test
    void filesOutsideTheRootsAreRefused() throws IOException {
        assertRefused(secret.resolve("canary.txt").toUri().toString());
        assertRefused(tmp.resolve("guides-private/canary.txt").toUri().toString());
        assertRefused("file:///etc/passwd");
        assertRefused("file:/etc/passwd");
    }

    @Test
    void dotDotEscapesAreRefusedHoweverWritten() throws IOException {
        String base = root.toUri().toString();
        assertNull(sandbox.resolveURI(base, "../secret/canary.txt"));
        assertNull(sandbox.resolveURI(base, "images/../../secret/canary.txt"));
        assertNull(sandbox.resolveURI(root.resolve("images").toUri().toString(), "../../secret/canary.txt"));
        assertRefused(base + "../secret/canary.txt");
        assertRefused(base + "images/../../secret/canary.txt");
        assertRefused(base + "%2e%2e/secret/canary.txt");
        assertRefused(base + "images/..%2F..%2Fsecret%2Fcanary.txt");
    }

    @Test
    void linksThatLeadOutsideAreRefused() throws IOException {
        assumeSymlinks();
        Path fileLink = Files.createSymbolicLink(root.resolve("images/link.png"), secret.resolve("canary.txt"));
        Path relativeLink =
                Files.createSymbolicLink(root.resolve("images/relative.png"), Path.of("../../secret/canary.txt"));
        Path folderLink = Files.createSymbolicLink(root.resolve("elsewhere"), secret);
        assertRefused(fileLink.toUri().toString());
        assertRefused(relativeLink.toUri().toString());
        assertRefused(folderLink.resolve("canary.txt").toUri().toString());
        assertNull(sandbox.resolveURI(root.toUri().toString(), "images/link.png"));
        assertNull(sandbox.resolveURI(root.toUri().toString(), "elsewhere/canary.txt"));
    }

    @Test
    void aRootReachedThroughALinkStillConfinesToItself() throws IOException {
        assumeSymlinks();
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("linked-guides"), root);
        Sandbox viaLink = new Sandbox(List.of(linkedRoot));
        assertArrayEquals(
                INSIDE,
                bytes(viaLink.getUrl(
                        linkedRoot.resolve("images/inside.png").toUri().toString())));
        assertNull(bytes(viaLink.getUrl(
                linkedRoot.resolve("../secret/canary.txt").toUri().toString())));
    }

    @Test
    void theGuideFolderIsServedOnlyTheBytesTheChecksDecoded() throws IOException {
        Path image = root.resolve("images/inside.png");
        Files.write(root.resolve("images/unchecked.png"), INSIDE);
        fiches.guide.CheckedImages checked = new fiches.guide.CheckedImages();
        checked.keep(image, INSIDE);
        Sandbox guide = new Sandbox(List.of(), root, checked);
        Files.write(image, new byte[] {'s', 'w', 'a', 'p', 'p', 'e', 'd'}); // changed after its check
        assertArrayEquals(INSIDE, bytes(guide.getUrl(image.toUri().toString())));
        assertNull(
                bytes(guide.getUrl(root.resolve("images/unchecked.png").toUri().toString())));
    }

    @Test
    void eachGuideOfABookIsServedFromItsOwnCheckedImagesOnly() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other-guides"));
        Path mine = root.resolve("images/inside.png");
        Path theirs = Files.write(other.resolve("theirs.png"), new byte[] {'t'});
        Path unchecked = Files.write(other.resolve("unchecked.png"), new byte[] {'u'});
        fiches.guide.CheckedImages first = new fiches.guide.CheckedImages();
        first.keep(mine, INSIDE);
        fiches.guide.CheckedImages second = new fiches.guide.CheckedImages();
        second.keep(theirs, new byte[] {'t'});
        Sandbox book = Sandbox.forGuides(List.of(), List.of(guideIn(root, first), guideIn(other, second)));
        assertArrayEquals(INSIDE, bytes(book.getUrl(mine.toUri().toString())));
        assertArrayEquals(new byte[] {'t'}, bytes(book.getUrl(theirs.toUri().toString())));
        assertNull(bytes(book.getUrl(unchecked.toUri().toString())));
        assertRefusedBy(book, tmp.resolve("guides-private/canary.txt").toUri().toString());
    }

    private static fiches.guide.Guide guideIn(Path folder, fiches.guide.CheckedImages images) {
        fiches.guide.Metadata meta = new fiches.guide.Metadata(
                "Titre",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                1,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                new fiches.guide.Language("fr"),
                java.util.Optional.empty(),
                List.of(),
                List.of(),
                java.util.Optional.empty());
        return new fiches.guide.Guide(folder.resolve("guide.md"), "guide", meta, List.of(), List.of(), images);
    }

    private static void assertRefusedBy(Sandbox sandbox, String uri) throws IOException {
        assertNull(sandbox.resolveURI(null, uri), uri);
        assertNull(bytes(sandbox.getUrl(uri)), uri);
    }

    @Test
    void aFileTooLargeOrAFolderIsNotRead() throws IOException {
        Path huge = root.resolve("huge.png");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(10_000_001); // sparse: costs no disk
        }
        assertNull(bytes(sandbox.getUrl(huge.toUri().toString())));
        assertNull(bytes(sandbox.getUrl(root.resolve("images").toUri().toString())));
        assertNull(bytes(sandbox.getUrl(root.resolve("absent.png").toUri().toString())));
    }

    @Test
    void garbageAddressesAreRefusedWithoutThrowing() throws IOException {
        for (String uri : new String[] {"", " ", "::", "file:", "file://", "%", "file:///%00", "http://[::1"}) {
            assertNull(sandbox.resolveURI(null, uri), uri);
            assertNull(sandbox.resolveURI("not a uri", uri), uri);
            assertFalse(sandbox.test(uri, ExternalResourceType.IMAGE_RASTER), uri);
            assertNull(bytes(sandbox.getUrl(uri)), uri);
        }
        assertFalse(sandbox.test(null, ExternalResourceType.CSS));
    }

    @Test
    void theRefusingFactoryOpensNothing() throws IOException {
        assertTrue(Sandbox.REFUSED_SCHEMES.containsAll(List.of("http", "https", "ftp", "jar")));
        for (String scheme : Sandbox.REFUSED_SCHEMES) {
            FSStream stream = Sandbox.refusing().getUrl(scheme + "://127.0.0.1:" + server.port() + "/x");
            assertNull(stream.getStream(), scheme);
            try (Reader r = stream.getReader()) {
                assertTrue(r == null || r.read() == -1, scheme);
            }
        }
    }

    private void assertRefused(String uri) throws IOException {
        assertNull(sandbox.resolveURI(null, uri), () -> "resolveURI let through " + uri);
        for (ExternalResourceType type : ExternalResourceType.values()) {
            assertFalse(sandbox.test(uri, type), () -> "test let through " + uri + " as " + type);
        }
        FSStream stream = sandbox.getUrl(uri);
        assertNotNull(stream);
        assertNull(bytes(stream), () -> "getUrl read " + uri);
        assertNull(stream.getReader(), () -> "getUrl gave a reader for " + uri);
    }

    private static byte[] bytes(FSStream stream) throws IOException {
        try (InputStream in = stream.getStream()) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private void assumeSymlinks() throws IOException {
        try {
            Files.delete(Files.createSymbolicLink(tmp.resolve("probe"), tmp));
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
    }
}
