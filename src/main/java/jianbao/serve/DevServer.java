package jianbao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import jianbao.render.HtmlEscaper;

/**
 * Serves a built site folder on 127.0.0.1 (or the address asked for), and only to requests addressed
 * to it by that address or localhost (so that no page of another site can read it by DNS rebinding),
 * as a static host would: a folder's index.html for
 * its URL, a redirect to add the trailing slash, the site's 404.html with status 404, the right
 * Content-Type with UTF-8 for text. HTML pages also get the {@link LiveReload} script and, while the
 * content has errors, a banner listing them above the last good version of the page.
 */
public final class DevServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService threads;
    /** The address in this server's URLs: the bound one, or for all addresses one a phone on the network can use. */
    private final String host;
    private final Set<String> hostNames;
    private final LiveReload liveReload = new LiveReload();
    private volatile List<String> problems = List.of();
    private Path root;
    private String basePath;
    private Lock readLock;

    private DevServer(HttpServer http, ExecutorService threads, String host, Set<String> hostNames) {
        this.http = http;
        this.threads = threads;
        this.host = host;
        this.hostNames = hostNames;
    }

    /** Takes the port on 127.0.0.1 (0 for any free one) without serving yet. */
    public static DevServer bind(int port) throws IOException {
        return bind(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Takes the port on {@code address} (0.0.0.0 for every address of this computer) without serving
     * yet; any address other than 127.0.0.1 lets other computers of the network see the preview.
     */
    public static DevServer bind(InetAddress address, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 0);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jianbao-serve");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        return new DevServer(http, threads, urlHost(address), hostNames(address));
    }

    /**
     * The names a request may address this server by: the loopback names, and the address it is bound
     * to (every address of this computer for 0.0.0.0), so that a phone on the network is answered too.
     */
    private static Set<String> hostNames(InetAddress address) {
        Set<String> names = new HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        List<InetAddress> bound = address.isAnyLocalAddress() ? localAddresses() : List.of(address);
        bound.forEach(a -> names.add(a instanceof Inet6Address ? "[" + a.getHostAddress().replaceFirst("%.*", "") + "]"
                : a.getHostAddress()));
        return names;
    }

    private static List<InetAddress> localAddresses() {
        try {
            return NetworkInterface.networkInterfaces().filter(DevServer::isUp).flatMap(NetworkInterface::inetAddresses).toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static String urlHost(InetAddress address) {
        InetAddress shown = address.isAnyLocalAddress() ? networkAddress().orElse(InetAddress.getLoopbackAddress()) : address;
        return shown instanceof Inet6Address ? "[" + shown.getHostAddress() + "]" : shown.getHostAddress();
    }

    /** An IPv4 address of this computer on the local network, the one a phone would use. */
    private static Optional<InetAddress> networkAddress() {
        return localAddresses().stream()
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .min(Comparator.comparing(InetAddress::getHostAddress));
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the site on this server, keeping the sub-path of the site's own base URL. */
    public URI baseUrl(String basePath) {
        return URI.create("http://" + host + ":" + port() + basePath);
    }

    /**
     * Starts serving {@code root} at {@code basePath} (such as /xinxi/), reading files under
     * {@code lock}'s read lock so that a rebuild is seen whole or not at all.
     */
    public void start(Path root, String basePath, ReadWriteLock lock) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.readLock = lock.readLock();
        http.createContext("/", this::handle);
        http.start();
    }

    public LiveReload liveReload() {
        return liveReload;
    }

    /** Shows these messages on every page until the next call; an empty list removes the banner. */
    public void showProblems(List<String> messages) {
        problems = List.copyOf(messages);
    }

    @Override
    public void close() {
        liveReload.close();
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!isForThisServer(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page of another site that has its name resolve to 127.0.0.1 (DNS rebinding) must not read the preview.
                send(exchange, 403, "text/plain; charset=utf-8", ("只回答发往 http://" + host + ":" + port() + "/ 的请求。")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "只支持 GET 和 HEAD 请求。".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
                send(exchange, 400, "text/plain; charset=utf-8", "地址中有不允许的字符。".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LiveReload.EVENTS_PATH)) {
                liveReload.listen(exchange);
                return;
            }
            if (!path.startsWith(basePath)) {
                if (path.equals("/") || (path + "/").equals(basePath)) {
                    redirect(exchange, basePath);
                } else {
                    notFound(exchange);
                }
                return;
            }
            serveFile(exchange, path, path.substring(basePath.length()));
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /** Whether a request's Host header names this server as the browser on this computer reaches it. */
    private boolean isForThisServer(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        if (name.endsWith(port)) {
            name = name.substring(0, name.length() - port.length());
        } else if (port() != 80) {
            return false;
        }
        return hostNames.contains(name);
    }

    private void serveFile(HttpExchange exchange, String path, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            notFound(exchange);
            return;
        }
        byte[] body;
        String name;
        readLock.lock();
        try {
            if (Files.isDirectory(target)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, path + "/");
                    return;
                }
                target = target.resolve("index.html");
            }
            if (!Files.isRegularFile(target)) {
                notFound(exchange);
                return;
            }
            body = Files.readAllBytes(target);
            name = target.getFileName().toString();
        } finally {
            readLock.unlock();
        }
        String type = ContentTypes.of(name);
        send(exchange, 200, type, type.startsWith("text/html") ? withLiveReload(body) : body);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        byte[] page = null;
        readLock.lock();
        try {
            Path notFound = root.resolve("404.html");
            if (Files.isRegularFile(notFound)) {
                page = Files.readAllBytes(notFound);
            }
        } finally {
            readLock.unlock();
        }
        if (page == null) {
            String message = problems.isEmpty() ? "页面不存在。" : "网站还没有生成成功。";
            page = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + message
                    + "</title></head><body><p>" + message + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 404, ContentTypes.of("404.html"), withLiveReload(page));
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, "text/plain; charset=utf-8", location.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** The page with the reload script, and the problems banner if any, just before {@code </body>}. */
    private byte[] withLiveReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String inserted = problemsBanner() + LiveReload.script();
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        html = end < 0 ? html + inserted : html.substring(0, end) + inserted + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private String problemsBanner() {
        List<String> shown = problems;
        if (shown.isEmpty()) {
            return "";
        }
        StringBuilder banner = new StringBuilder("<div id=\"jianbao-problems\" role=\"alert\" style=\"position:fixed;top:0;left:0;"
                + "right:0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.5em;background:#fff4f4;"
                + "color:#7a0000;border-bottom:4px solid #c00;font:16px/1.6 sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)\">"
                + "<strong>内容有错误，网站没有更新。下面显示的是上一次成功生成的版本。改正后保存，页面会自动刷新。</strong><ul>");
        for (String message : shown) {
            banner.append("<li>").append(HtmlEscaper.text(message)).append("</li>");
        }
        return banner.append("</ul></div>").toString();
    }
}
