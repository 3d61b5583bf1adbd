package fiches.parse;

import static fiches.problem.ProblemAssertions.BAD;
import static fiches.problem.ProblemAssertions.assertError;
import static fiches.problem.ProblemAssertions.assertErrorKinds;
import static fiches.problem.ProblemAssertions.assertOnlyError;
import static fiches.problem.ProblemAssertions.loadBad;
import static fiches.problem.ProblemAssertions.loadBounded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.GuideLoader.Loaded;
import fiches.problem.Kind;
import fiches.problem.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front matter is read safely: aliases are bounded and no tag constructs anything. The time
 * limits are bounds that a hang or an exponential expansion would break, not benchmarks.
 */
class YamlSafetyTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String PLACEHOLDER_URL = "http://127.0.0.1:1/";

    @Test
    void stopsABillionLaughsAliasBombQuickly() {
        Loaded loaded = loadBounded(BAD.resolve("yaml-bombe-d-alias.md"));
        assertError(loaded, Kind.YAML_TOO_COMPLEX, 2); // the aliases are counted over the whole front matter
        assertErrorKinds(loaded, Kind.YAML_TOO_COMPLEX);
    }

    @Test
    void stopsAnAliasInsideItsOwnAnchor() {
        Loaded loaded = loadBounded(BAD.resolve("yaml-alias-recursif.md"));
        Problem p = assertError(loaded, Kind.YAML_TOO_COMPLEX, 5);
        assertTrue(p.message().contains("itself"), p::toString);
    }

    @Test
    void refusesALocalTag() {
        Loaded loaded = loadBad("yaml-tag-local.md");
        assertOnlyError(loaded, Kind.YAML_TAG, 3, "!include");
    }

    /**
     * The tags name a URLClassLoader on a local port; were the object built, it would connect. The
     * port is a loopback socket of this test, so any connection is seen.
     */
    @ParameterizedTest
    @CsvSource({"yaml-tag-java.md, 3", "yaml-tag-java-racine.md, 2"})
    void refusesGlobalTagsWithoutConstructingAnything(String name, int line, @TempDir Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String template = Files.readString(BAD.resolve(name));
            String text = template.replace(PLACEHOLDER_URL, "http://127.0.0.1:" + server.getLocalPort() + "/");
            assertNotEquals(template, text, "the corpus file should name " + PLACEHOLDER_URL);
            Path guide = Files.writeString(dir.resolve(name), text);

            server.setSoTimeout(100);
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> listen(server, loading, connections), "loopback-listener");
            listener.start();
            Loaded loaded;
            try {
                loaded = loadBounded(guide);
            } finally {
                loading.set(false);
                listener.join(BOUND.toMillis());
            }

            assertEquals(0, connections.get(), "loading the guide must not construct the tagged objects");
            Problem p = assertError(loaded, Kind.YAML_TAG, line);
            assertTrue(p.message().contains("!!javax.script.ScriptEngineManager"), p::toString);
            assertErrorKinds(loaded, Kind.YAML_TAG);
        }
    }

    /** Accepts until the load is over, then once more for a connection still waiting in the backlog. */
    private static void listen(ServerSocket server, AtomicBoolean loading, AtomicInteger connections) {
        boolean last = false;
        while (!last) {
            last = !loading.get();
            try (Socket ignored = server.accept()) {
                connections.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // nobody came during this interval
            } catch (IOException e) {
                return;
            }
        }
    }
}
