package fiches.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on the loopback address that answers nothing and records every connection, with the
 * first line of what was sent: the witness that no guide made Fiches reach the network.
 */
public final class LoopbackServer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<String> connections = new CopyOnWriteArrayList<>();

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
     * The connections, once any a caller may have opened and dropped at once has had time to
     * leave the backlog: such a caller returns before the server accepts.
     */
    public List<String> settledConnections() throws InterruptedException {
        Thread.sleep(200);
        return connections();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                // recorded at once, before waiting for the request that may never come
                connections.add("connection from " + s.getRemoteSocketAddress());
                int index = connections.size() - 1;
                s.setSoTimeout(500);
                connections.set(index, connections.get(index) + ": " + firstLine(s.getInputStream()));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                connections.add("connection that failed: " + e);
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
