package jianbao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The requests Chromium made, read from the DevTools events of its performance log. Events of one
 * request may arrive over several reads, so the log keeps what it read until {@link #clear()}.
 */
final class NetworkLog {

    /**
     * One request: what was asked for, what came back, and how many bytes it cost on the wire
     * (headers and body as sent, compressed); {@code failure} is set when no response arrived.
     */
    record Request(String url, String resourceType, int status, String contentType, String contentEncoding,
                   long transferred, boolean fromCache, boolean finished, String failure) {

        /** Failed, answered with an error, or never answered. */
        boolean broken() {
            return failure != null || status >= 400 || pending();
        }

        boolean pending() {
            return failure == null && !finished && !fromCache;
        }

        boolean image() {
            return resourceType.equals("Image") || contentType.startsWith("image/");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver browser;
    private final Map<String, Request> requests = new LinkedHashMap<>();

    NetworkLog(ChromeDriver browser) {
        this.browser = browser;
    }

    /** Forgets every request made so far. */
    void clear() {
        Chromium.performanceLog(browser);
        requests.clear();
    }

    /** The requests since the last {@link #clear()}, in the order they were sent. */
    List<Request> requests() {
        for (String message : Chromium.performanceLog(browser)) {
            JsonNode event;
            try {
                event = JSON.readTree(message).path("message");
            } catch (java.io.IOException e) {
                throw new IllegalStateException("unreadable DevTools event: " + message, e);
            }
            JsonNode params = event.path("params");
            String id = params.path("requestId").asText();
            Request known = requests.get(id);
            switch (event.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    if (!url.startsWith("data:") && known == null) {
                        requests.put(id, new Request(url, params.path("type").asText("Other"), 0, "", "", 0, false, false, null));
                    }
                }
                case "Network.responseReceived" -> {
                    JsonNode response = params.path("response");
                    if (known != null) {
                        requests.put(id, new Request(known.url(), params.path("type").asText(known.resourceType()),
                                response.path("status").asInt(), header(response, "content-type"),
                                header(response, "content-encoding"), known.transferred(),
                                response.path("fromDiskCache").asBoolean() || response.path("fromPrefetchCache").asBoolean(),
                                known.finished(), null));
                    }
                }
                case "Network.requestServedFromCache" -> {
                    if (known != null) {
                        requests.put(id, new Request(known.url(), known.resourceType(), known.status(), known.contentType(),
                                known.contentEncoding(), known.transferred(), true, known.finished(), null));
                    }
                }
                case "Network.loadingFinished" -> {
                    if (known != null) {
                        requests.put(id, new Request(known.url(), known.resourceType(), known.status(), known.contentType(),
                                known.contentEncoding(), params.path("encodedDataLength").asLong(), known.fromCache(), true,
                                null));
                    }
                }
                case "Network.loadingFailed" -> {
                    if (known != null) {
                        String why = params.path("errorText").asText() + (params.path("blockedReason").isMissingNode()
                                ? "" : " (" + params.path("blockedReason").asText() + ")");
                        requests.put(id, new Request(known.url(), known.resourceType(), known.status(), known.contentType(),
                                known.contentEncoding(), known.transferred(), known.fromCache(), true, why));
                    }
                }
                default -> {
                }
            }
        }
        return new ArrayList<>(requests.values());
    }

    /** The requests since the last {@link #clear()}, once each has finished or failed (waiting up to five seconds). */
    List<Request> settled() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<Request> all = requests();
        while (all.stream().anyMatch(Request::pending) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            all = requests();
        }
        return all;
    }

    private static String header(JsonNode response, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> headers = response.path("headers").fields(); headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                return header.getValue().asText();
            }
        }
        return "";
    }
}
