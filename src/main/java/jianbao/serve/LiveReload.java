package jianbao.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reloads the browser tabs showing the site after a rebuild, over server-sent events: each HTML page
 * the dev server sends carries {@link #script()}, which listens on {@link #EVENTS_PATH} and reloads
 * the page on a {@code reload} event. Nothing of this is ever written into a built site.
 */
public final class LiveReload implements AutoCloseable {

    /** Where tabs listen for reload events; outside any site path. */
    public static final String EVENTS_PATH = "/__jianbao/events";

    private final Set<OutputStream> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicLong builds = new AtomicLong();

    /** The script that HTML pages carry in serve mode. */
    public static String script() {
        return "<script>(function(){var s=new EventSource(\"" + EVENTS_PATH + "\");"
                + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>";
    }

    /** Answers a tab that starts listening, keeping the response open for later events. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        send(out, ": 已连接\n\n");
        listeners.add(out);
    }

    /** Tells every listening tab to reload. */
    public void reload() {
        String event = "event: reload\ndata: " + builds.incrementAndGet() + "\n\n";
        for (OutputStream out : listeners) {
            send(out, event);
        }
    }

    private void send(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            listeners.remove(out);
            closeQuietly(out);
        }
    }

    @Override
    public void close() {
        listeners.forEach(LiveReload::closeQuietly);
        listeners.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the tab has gone
        }
    }
}
