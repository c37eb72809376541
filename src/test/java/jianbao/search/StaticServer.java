package jianbao.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site over HTTP on 127.0.0.1 as a plain static host would: files only, under the
 * path of the site's base URL, gzip-compressed when the browser accepts it. It records every
 * response, so tests and the benchmark can tell what a page downloaded and how many bytes it cost.
 */
public final class StaticServer implements AutoCloseable {

    /** One response: the path asked for, its status and the bytes of its body as sent. */
    public record Served(String path, int status, long bytes) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "bin", "application/octet-stream",
            "wasm", "application/wasm", "svg", "image/svg+xml; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Served> log = new ArrayList<>();
    private volatile Path root;
    private final String prefix;

    /**
     * @param root   the folder to serve (may be filled after the server starts, once the port is known)
     * @param prefix the path the site is served under, such as {@code /} or {@code /xinxi/}
     */
    public StaticServer(Path root, String prefix) {
        this.root = root;
        this.prefix = prefix;
        // Without it, small responses wait for the client's delayed acknowledgement (Nagle's algorithm).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL the site must be built with to be served here. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public void serve(Path newRoot) {
        this.root = newRoot;
    }

    /** Everything served since the last {@link #clearLog()}. */
    public synchronized List<Served> log() {
        return List.copyOf(log);
    }

    public synchronized void clearLog() {
        log.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(URI.create(exchange.getRequestURI().getRawPath()).getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(prefix) && !path.contains("..")) {
                String relative = path.substring(prefix.length());
                file = root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
            }
            if (file == null || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                record(path, 404, body.length);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepts != null && accepts.contains("gzip")) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            record(path, 200, body.length);
        }
    }

    private synchronized void record(String path, int status, long bytes) {
        log.add(new Served(path, status, bytes));
    }

    /** {@code bytes} compressed as a static host does, with gzip's default level. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
