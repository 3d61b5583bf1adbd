package fiches.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback address that answers nothing and records every connection, with the
 * first line of what was sent: the witness that no guide made Fiches reach the network.
 */
public final class LoopbackServer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<String> connections = new CopyOnWriteArrayList<>();
    /** Each connection once it is recorded whole, for {@link #settledConnections()}. */
    private final BlockingQueue<String> recordings = new LinkedBlockingQueue<>();

    private final AtomicInteger markers = new AtomicInteger();

    public LoopbackServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "loopback-witness");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + "/" + path;
    }

    /** Every connection accepted so far, described by its first request line when one came. */
    public List<String> connections() {
        return List.copyOf(connections);
    }

    /**
     * The connections, once every one a caller opened before this call has been recorded: a
     * caller that opens a connection and drops it at once returns before the server accepts. The
     * server accepts in the order connections were made, so once a marker connection opened now
     * is recorded, every earlier one is too.
     */
    public List<String> settledConnections() throws IOException, InterruptedException {
        String marker = "MARKER " + markers.incrementAndGet();
        try (Socket s = new Socket(server.getInetAddress(), server.getLocalPort())) {
            s.getOutputStream().write((marker + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        for (String recorded = recordings.take(); ; recorded = recordings.take()) {
            if (recorded.endsWith(": " + marker)) {
                break;
            }
        }
        return connections.stream().filter(c -> !c.contains(": MARKER ")).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                // recorded at once, before waiting for the request that may never come
                connections.add("connection from " + s.getRemoteSocketAddress());
                int index = connections.size() - 1;
                s.setSoTimeout(500);
                connections.set(index, connections.get(index) + ": " + firstLine(s.getInputStream()));
                recordings.add(connections.get(index));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                connections.add("connection that failed: " + e);
                recordings.add("connection that failed: " + e);
            }
        }
    }

    private static String firstLine(InputStream in) {
        StringBuilder sb = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0 && c != '\n' && sb.length() < 200; c = in.read()) {
                sb.append((char) c);
            }
        } catch (IOException e) {
            sb.append("(nothing sent: ").append(e.getClass().getSimpleName()).append(')');
        }
        return sb.toString().strip();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(2000);
    }
}
