package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import jianbao.verify.NetworkLog.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as it is deployed: built for http://127.0.0.1:PORT/xinxi/, served by real nginx, and
 * crawled in headless Chromium from the home page. Nothing may be broken, everything must come
 * with its type and charset and, where it is text, compressed; pages stay light, load nothing from
 * another host and have no blocking script. Screenshots of the main pages go to target/screenshots/.
 */
@Tag("browser")
class DeploymentBrowserTest {

    /** An issue page, with everything it loads except images, must cost less than this on the wire. */
    private static final int ISSUE_PAGE_BUDGET = 60 * 1000;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A page that does not exist, asked for on purpose. */
    private static final String MISSING_PAGE = "issues/2024/99/";

    @TempDir
    static Path work;
    static Nginx nginx;
    static ChromeDriver browser;
    static NetworkLog network;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deploy() {
        Path site = work.resolve("site");
        nginx = Nginx.serve(site, "/xinxi/", work.resolve("nginx"));
        VerifiedSite.build(work, site, nginx.baseUrl());
        Nginx.makeReadable(site);
        browser = Chromium.start();
        network = new NetworkLog(browser);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (nginx != null) {
            nginx.close();
            List<String> errors = nginx.log().lines().filter(line -> !line.contains(MISSING_PAGE)).toList();
            if (!errors.isEmpty()) {
                System.out.println("nginx error log:\n" + String.join("\n", errors));
            }
        }
    }

    @Test
    void crawlFromTheHomePageFindsNothingBrokenAndEveryFileServedWithItsType() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(nginx.baseUrl()));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> problems = new ArrayList<>();
        Set<String> searchFiles = new TreeSet<>();
        int pages = 0;
        int browserRequests = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<byte[]> response = get(url);
            checkResponse(url, response.statusCode(), header(response, "Content-Type"), header(response, "Content-Encoding"),
                    body(response).length, problems);
            if (response.statusCode() != 200 || !header(response, "Content-Type").startsWith("text/html")) {
                continue;
            }
            pages++;
            Visit visit = visit(url);
            browserRequests += visit.requests().size();
            problems.addAll(visit.problems());
            visit.requests().stream().map(r -> URI.create(r.url()).getPath())
                    .filter(p -> p.startsWith(URI.create(nginx.baseUrl()).getPath() + "search/") && !p.endsWith("/"))
                    .forEach(searchFiles::add);
            for (String link : visit.links()) {
                String target = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (target.startsWith(nginx.origin() + "/") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        System.out.println("Crawl through nginx: " + seen.size() + " links followed (" + pages + " pages in Chromium, "
                + (seen.size() - pages) + " feeds, stylesheets, scripts and other files), " + browserRequests
                + " requests made by the browser, " + searchFiles.size() + " search index files; " + problems.size() + " problems");
        assertEquals(List.of(), problems);
        for (String kind : List.of("index.json", "terms/", "positions/", "chars/", "departments/", "docs/")) {
            assertTrue(searchFiles.stream().anyMatch(f -> f.contains("/search/" + kind)), "a query fetched search/" + kind
                    + " among " + searchFiles);
        }
        assertTrue(pages >= 50, "every page was reached: " + pages);
    }

    @Test
    void aMissingPageIsAnswered404WithTheSitesOwnPage() throws Exception {
        HttpResponse<byte[]> response = get(nginx.baseUrl() + MISSING_PAGE);
        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertTrue(new String(body(response), StandardCharsets.UTF_8).contains("页面不存在"));
        network.clear();
        browser.get(nginx.baseUrl() + MISSING_PAGE);
        assertEquals("页面不存在", browser.findElement(By.cssSelector("main h1")).getText());
        List<Request> loaded = network.settled().stream().filter(r -> !r.url().endsWith(MISSING_PAGE)).toList();
        assertTrue(loaded.stream().anyMatch(r -> r.url().endsWith("/xinxi/assets/css/site.css")), loaded.toString());
        assertEquals(List.of(), loaded.stream().filter(Request::broken).toList());
        System.out.println("404: " + MISSING_PAGE + " answered 404 with the site's page and its " + loaded.size()
                + " stylesheets, scripts and icon loading");
    }

    @Test
    void pagesStayWithinTheWeightBudgetAndLoadNothingFromElsewhere() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", VerifiedSite.HOME);
        pages.put("issue", VerifiedSite.ISSUE);
        pages.put("article", VerifiedSite.ARTICLE);
        pages.put("search with results", VerifiedSite.SEARCH + "?q=" + VerifiedSite.SEARCH_QUERY);
        Map<String, Long> weights = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            network.clear();
            browser.get(nginx.baseUrl() + page.getValue());
            if (page.getValue().startsWith(VerifiedSite.SEARCH)) {
                awaitResults(VerifiedSite.SEARCH_QUERY);
            }
            List<Request> requests = network.settled();
            long bytes = requests.stream().filter(r -> !r.image()).mapToLong(Request::transferred).sum();
            weights.put(page.getKey(), bytes);
            System.out.printf("Page weight, %s: %d requests, %.1f KB transferred without images (%s)%n", page.getKey(),
                    requests.size(), bytes / 1000.0, String.join(", ", requests.stream()
                            .map(r -> r.url().substring(nginx.baseUrl().length()) + " " + r.transferred()).toList()));
            requests.stream().filter(r -> !r.url().startsWith(nginx.origin() + "/"))
                    .forEach(r -> problems.add(page.getKey() + ": request to another host: " + r.url()));
            requests.stream().filter(r -> r.fromCache())
                    .forEach(r -> problems.add(page.getKey() + ": served from a cache that was cleared: " + r.url()));
        }
        assertEquals(List.of(), problems);
        assertTrue(weights.get("issue") < ISSUE_PAGE_BUDGET, "the issue page weighs " + weights.get("issue") + " bytes");
    }

    @Test
    void screenshotsOfTheMainPagesOnAPhoneAndADesktop() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", VerifiedSite.HOME);
        pages.put("issue", VerifiedSite.ISSUE);
        pages.put("supplement", VerifiedSite.SUPPLEMENT);
        pages.put("search", VerifiedSite.SEARCH + "?q=" + VerifiedSite.SEARCH_QUERY);
        List<String> written = new ArrayList<>();
        try {
            for (int width : List.of(390, 1280)) {
                Chromium.viewport(browser, width, width == 390 ? 844 : 900, width == 390);
                for (boolean large : width == 390 ? List.of(false, true) : List.of(false)) {
                    browser.get(nginx.baseUrl());
                    browser.executeScript("localStorage.setItem('jianbao-text-size', arguments[0])", large ? "large" : "standard");
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        browser.get(nginx.baseUrl() + page.getValue());
                        if (page.getValue().startsWith(VerifiedSite.SEARCH)) {
                            awaitResults(VerifiedSite.SEARCH_QUERY);
                        }
                        browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
                        Path file = SCREENSHOTS.resolve(page.getKey() + "-" + width + (large ? "-large-type" : "") + ".png");
                        Files.write(file, Chromium.fullPageScreenshot(browser));
                        written.add(file.toString());
                    }
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.get(nginx.baseUrl());
            browser.executeScript("localStorage.removeItem('jianbao-text-size')");
        }
        System.out.println("Screenshots: " + written.size() + " written: " + String.join(", ", written));
        assertEquals(12, written.size());
    }

    /** What a page in the browser loaded and links to, and what is wrong with it. */
    private record Visit(List<Request> requests, List<String> links, List<String> problems) {
    }

    private static Visit visit(String url) {
        network.clear();
        Chromium.consoleErrors(browser);
        browser.get(url);
        List<String> problems = new ArrayList<>();
        if (url.equals(nginx.baseUrl() + VerifiedSite.SEARCH)) {
            search();
        }
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.executeScript(LINKS_SCRIPT);
        List<Request> requests = network.settled();
        String page = url.substring(nginx.origin().length());
        for (Request request : requests) {
            if (request.broken()) {
                problems.add(page + ": " + request.url() + " " + (request.failure() != null ? request.failure() : request.status()));
            } else if (!request.url().startsWith(nginx.origin() + "/")) {
                problems.add(page + ": request to another host: " + request.url());
            } else if (!request.fromCache() && request.status() == 200) {
                checkResponse(request.url(), request.status(), request.contentType(), request.contentEncoding(), 0, problems);
            }
        }
        Chromium.consoleErrors(browser).forEach(error -> problems.add(page + ": console: " + error));
        @SuppressWarnings("unchecked")
        List<String> blocking = (List<String>) browser.executeScript(BLOCKING_SCRIPTS);
        blocking.forEach(script -> problems.add(page + ": blocking script in <head>: " + script));
        return new Visit(requests, links, problems);
    }

    /** On the search page: a query, a department filter and a one-character query, so that every kind of index file is read. */
    private static void search() {
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys(VerifiedSite.SEARCH_QUERY, Keys.ENTER);
        awaitResults(VerifiedSite.SEARCH_QUERY);
        new Select(browser.findElement(By.id("search-department"))).selectByVisibleText("峡窝镇");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("department=")
                && d.findElement(By.id("search")).getAttribute("aria-busy") == null);
        new Select(browser.findElement(By.id("search-department"))).selectByValue("");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("锂", Keys.ENTER);
        awaitResults("锂");
    }

    private static void awaitResults(String query) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            WebElement search = d.findElement(By.id("search"));
            return query.equals(search.getAttribute("data-search-query")) && search.getAttribute("aria-busy") == null
                    && !d.findElements(By.cssSelector(".search-result")).isEmpty();
        });
    }

    /** Checks a response's status, its type and charset for the kind of file, and that text over 1 KB came compressed. */
    private static void checkResponse(String url, int status, String type, String encoding, int bytes, List<String> problems) {
        String path = URI.create(url).getPath();
        if (status != 200) {
            problems.add(path + ": status " + status);
            return;
        }
        String expected = expectedType(path);
        if (!type.equalsIgnoreCase(expected)) {
            problems.add(path + ": Content-Type \"" + type + "\", expected \"" + expected + "\"");
        }
        boolean text = expected.contains("charset=utf-8") && !expected.startsWith("text/html") || expected.startsWith("text/html");
        if (text && bytes > 1024 && !encoding.equals("gzip")) {
            problems.add(path + ": " + bytes + " bytes of text sent uncompressed");
        }
    }

    private static String expectedType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (name.isEmpty() || extension.equals("html")) {
            return "text/html; charset=utf-8";
        }
        return switch (name) {
            case "feed.xml" -> "application/rss+xml; charset=utf-8";
            case "atom.xml" -> "application/atom+xml; charset=utf-8";
            default -> switch (extension) {
                case "xml" -> "application/xml; charset=utf-8";
                case "json" -> "application/json; charset=utf-8";
                case "css" -> "text/css; charset=utf-8";
                case "js" -> "text/javascript; charset=utf-8";
                case "txt" -> "text/plain; charset=utf-8";
                case "svg" -> "image/svg+xml; charset=utf-8";
                case "png" -> "image/png";
                case "jpg", "jpeg" -> "image/jpeg";
                case "pdf" -> "application/pdf";
                default -> "application/octet-stream";
            };
        };
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** The body as the server would send it uncompressed. */
    private static byte[] body(HttpResponse<byte[]> response) throws IOException {
        if (header(response, "Content-Encoding").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }

    /** Every URL the page links to or loads: links, stylesheets, feeds, images, scripts and form actions. */
    private static final String LINKS_SCRIPT = """
            var urls = [];
            document.querySelectorAll('a[href], link[href]').forEach(function (e) { urls.push(e.href); });
            document.querySelectorAll('img[src], script[src], source[src], iframe[src]').forEach(function (e) { urls.push(e.src); });
            document.querySelectorAll('form[action]').forEach(function (e) { urls.push(e.action); });
            return urls;
            """;

    /** Scripts in the head that hold up the page: neither defer, async nor a module, unless tiny and inline. */
    private static final String BLOCKING_SCRIPTS = """
            return Array.prototype.filter.call(document.head.querySelectorAll('script'), function (s) {
              if (s.defer || s.async || s.type === 'module') return false;
              return s.src || s.textContent.length > 1024;
            }).map(function (s) { return s.outerHTML.slice(0, 120); });
            """;
}
