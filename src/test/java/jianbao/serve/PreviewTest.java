package jianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jianbao.TestSites;
import jianbao.build.BuildProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve mode as an editor uses it: pages over HTTP, a change on disk, the browser told to reload. */
class PreviewTest {

    @TempDir
    Path root;
    Path content;
    Preview preview;
    final List<IncrementalBuilder.Outcome> builds = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                .replace("https://example.gov.cn/", "https://example.gov.cn/xinxi/"));
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局", "峡窝镇"));
        preview = Preview.start(new Preview.Settings(content, root.resolve("themes"), root.resolve("preview"), 0, false,
                TestSites.TODAY), BuildProgress.NONE, (changed, outcome) -> builds.add(outcome));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void servesOnEveryAddressOfThisComputerWhenAsked() throws Exception {
        Preview everywhere = Preview.start(new Preview.Settings(content, root.resolve("themes"), root.resolve("everywhere"),
                InetAddress.getByName("0.0.0.0"), 0, false, TestSites.TODAY), BuildProgress.NONE, (changed, outcome) -> { });
        try {
            URI site = everywhere.url();
            assertFalse(site.getHost().equals("0.0.0.0"), "an address a phone can open: " + site);
            assertEquals("/xinxi/", site.getPath());
            assertEquals(200, get(site).statusCode());
            URI local = URI.create("http://127.0.0.1:" + site.getPort() + "/xinxi/");
            assertEquals(200, get(local).statusCode());
        } finally {
            everywhere.close();
        }
    }

    @Test
    void servesTheSiteUnderItsSubPathWithContentTypesAndA404Page() throws Exception {
        URI site = preview.url();
        assertEquals("127.0.0.1", site.getHost());
        assertEquals("/xinxi/", site.getPath());

        HttpResponse<String> home = get(site);
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(home.body().contains("第45期第1条信息"));
        assertTrue(home.body().contains(LiveReload.EVENTS_PATH), "HTML pages carry the reload script");
        assertTrue(home.body().indexOf(LiveReload.EVENTS_PATH) < home.body().indexOf("</body>"));

        HttpResponse<String> css = get(site.resolve("assets/css/site.css"));
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(css.body().contains(LiveReload.EVENTS_PATH));
        assertEquals("application/xml; charset=utf-8", get(site.resolve("sitemap.xml")).headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> article = get(site.resolve("issues/2024/45/2/"));
        assertEquals(200, article.statusCode());
        assertTrue(article.body().contains("第45期第2条信息"));

        HttpResponse<String> missing = get(site.resolve("issues/2031/1/"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("页面不存在"));
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> withoutSlash = get(site.resolve("issues/2024/45"));
        assertEquals(301, withoutSlash.statusCode());
        assertEquals("/xinxi/issues/2024/45/", withoutSlash.headers().firstValue("Location").orElseThrow());
        assertEquals("/xinxi/", get(site.resolve("/")).headers().firstValue("Location").orElseThrow());
        assertEquals(404, get(URI.create(site + "%2e%2e/content/site.yaml")).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(site).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        try (Stream<Path> files = Files.walk(root.resolve("preview"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains(LiveReload.EVENTS_PATH), "the script is never written into a site");
            }
        }
    }

    @Test
    void aChangedFileIsRebuiltAndOpenTabsAreToldToReload() throws Exception {
        BlockingQueue<String> events = listen();
        Path issue = content.resolve("issues/2024/045.md");
        int before = builds.size();
        TestSites.write(issue, Files.readString(issue).replace("第45期第1条信息", "修改后的标题"));
        awaitReload(events, () -> get(preview.url().resolve("issues/2024/45/1/")).body().contains("修改后的标题"));
        assertTrue(builds.subList(before, builds.size()).stream().anyMatch(b -> !b.full() && b.issuesParsed() == 1),
                "one issue parsed again, no full rebuild");

        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局").replace("number: 46", "number: 四十六"));
        awaitReload(events, () -> get(preview.url()).body().contains("046.md:2"));
        HttpResponse<String> stale = get(preview.url());
        assertTrue(stale.body().contains("修改后的标题"), "the last good site is still served");
        assertTrue(stale.body().contains("id=\"jianbao-problems\""), stale.body());
        assertTrue(stale.body().contains("content/issues/2024/046.md:2: 错误：期号应是正整数"), stale.body());
        assertEquals(404, get(preview.url().resolve("issues/2024/46/")).statusCode());

        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局"));
        awaitReload(events, () -> get(preview.url().resolve("issues/2024/46/")).statusCode() == 200);
        HttpResponse<String> fixed = get(preview.url().resolve("issues/2024/46/"));
        assertEquals(200, fixed.statusCode());
        assertFalse(fixed.body().contains("jianbao-problems"));
    }

    @Test
    void contentThatNeverBuiltShowsItsErrorsUntilFixed() throws Exception {
        preview.close();
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局").replace("date: 2024-08-09", "date: 八月九日"));
        preview = Preview.start(new Preview.Settings(content, root.resolve("themes"), root.resolve("preview2"), 0, false,
                TestSites.TODAY), BuildProgress.NONE, (changed, outcome) -> builds.add(outcome));
        HttpResponse<String> nothingYet = get(preview.url());
        assertEquals(404, nothingYet.statusCode());
        assertTrue(nothingYet.body().contains("content/issues/2024/045.md:3: 错误：出刊日期“八月九日”看不懂"), nothingYet.body());
        assertTrue(nothingYet.body().contains(LiveReload.EVENTS_PATH));

        BlockingQueue<String> events = listen();
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        awaitReload(events, () -> get(preview.url()).statusCode() == 200);
        assertFalse(get(preview.url()).body().contains("jianbao-problems"));
    }

    private BlockingQueue<String> listen() throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(preview.url().resolve(LiveReload.EVENTS_PATH)).build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .orTimeout(10, TimeUnit.SECONDS).join();
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        assertNotNull(lines.poll(10, TimeUnit.SECONDS), "the stream opens with a comment");
        return lines;
    }

    /** Something a test checks over HTTP. */
    interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Waits for reload events until {@code check} holds after one. An editor's save may reach the
     * watcher in two steps (truncated, then written), each causing a rebuild and a reload.
     */
    private static void awaitReload(BlockingQueue<String> events, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = events.poll(1, TimeUnit.SECONDS);
            if ("event: reload".equals(line) && String.valueOf(events.poll(1, TimeUnit.SECONDS)).startsWith("data: ")
                    && check.holds()) {
                return;
            }
        }
        throw new AssertionError("no reload event after which the change could be seen, within 20 seconds");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
