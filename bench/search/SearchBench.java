import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import jianbao.model.Article;
import jianbao.model.Site;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;
import jianbao.render.Theme;
import jianbao.search.Browser;
import jianbao.search.SearchDocument;
import jianbao.search.SearchIndexWriter;
import jianbao.search.SearchText;
import jianbao.search.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Compares jianbao's search with Pagefind on one built site (run by bench/search-vs-pagefind.sh,
 * with the test classpath): index size and build time, bytes a first query downloads (gzip, as a
 * static host serves them), latency, and recall on random Chinese substrings of the articles.
 * Both engines run in the same headless Chromium: jianbao through search.js on its search page,
 * Pagefind through its JavaScript API. Without a pagefind/ folder in the site (PAGEFIND_BUILD_S
 * given as -), jianbao is measured alone. Every random substring is also run as the first query of
 * a fresh search page, for the median bytes a first query downloads.
 *
 * Usage: java -cp CLASSPATH bench/search/SearchBench.java CONTENT SITE QUERIES JIANBAO_BUILD_S PAGEFIND_BUILD_S
 */
public class SearchBench {

    static final List<String> FIXED_QUERIES = List.of("乡村振兴 峡窝镇", "项目建设 区财政局", "采摘经济 新活力",
            "资助资金 学生", "网格化 治理", "拥军企业 门店", "产业链招商 智能家电", "设备更新 无人机", "38.34", "五云山");
    static final String META_CHARACTERS = "上街信息年第期月日供稿";
    static final int SHOWN = 10;

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int queryCount = Integer.parseInt(args[2]);
        URI base = URI.create("http://127.0.0.1/");
        Site model = ContentLoader.load(content, new ContentLoader.Options(false, Clock.systemUTC(), Optional.of(base)))
                .site().orElseThrow();
        SiteUrls urls = new SiteUrls(base);
        Labels labels = Labels.load(Theme.of(SiteBuilder.Options.themesBeside(content), model.config().theme()));
        List<SearchDocument> documents = SearchIndexWriter.documents(model, urls);
        long articles = documents.stream().filter(d -> d.entry() instanceof Article).count();
        System.err.println("documents: " + documents.size() + " (" + articles + " articles)");

        List<Double> writerTimes = new ArrayList<>();
        Path scratch = Files.createTempDirectory(Path.of("/dev/shm"), "search-index-");
        boolean withPagefind = Files.isDirectory(site.resolve("pagefind"));
        for (int run = 0; run < (documents.size() > 30_000 ? 3 : 6); run++) {
            long started = System.nanoTime();
            String folder = run + "/";
            SortedMap<String, byte[]> files = new SearchIndexWriter().files(model, urls, labels);
            files.entrySet().parallelStream().forEach(f -> {
                try {
                    Path file = scratch.resolve(folder + f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.getValue());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writerTimes.add((System.nanoTime() - started) / 1e9);
        }
        deleteTree(scratch);

        Size jianbaoSize = size(site.resolve("search"), p -> !p.getFileName().toString().equals("index.html"));
        Size pagefindSize = withPagefind ? size(site.resolve("pagefind"), p -> true) : new Size(0, 0, 0);
        byte[] script = Files.readAllBytes(site.resolve("assets/js/search.js"));

        Map<String, Integer> idByHref = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (SearchDocument d : documents) {
            idByHref.put(d.href(), d.id());
            texts.add(String.join("\u0000", d.fields().stream().map(SearchText::normalizeToString).toList()));
        }
        List<String> queries = recallQueries(documents, queryCount);
        List<Set<Integer>> truth = new ArrayList<>();
        for (String q : queries) {
            Set<Integer> ids = new HashSet<>();
            for (SearchDocument d : documents) {
                if (d.entry() instanceof Article && texts.get(d.id()).contains(q)) {
                    ids.add(d.id());
                }
            }
            truth.add(ids);
        }

        try (StaticServer server = new StaticServer(site, "/")) {
            ChromeDriver browser = Browser.start();
            try {
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                String root = server.baseUrl();

                List<long[]> jianbaoFirst = new ArrayList<>();
                List<long[]> pagefindFirst = new ArrayList<>();
                for (String q : FIXED_QUERIES) {
                    jianbaoFirst.add(jianbaoFirstQuery(browser, server, root, q));
                    pagefindFirst.add(withPagefind ? pagefindFirstQuery(browser, server, root, q) : new long[4]);
                }
                List<long[]> randomFirst = new ArrayList<>();
                for (String q : queries) {
                    randomFirst.add(jianbaoFirstQuery(browser, server, root, q));
                }

                browser.get(root + "search/");
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("search")).isDisplayed());
                Recall jianbao = recall(queries, truth, runAll(browser, queries, """
                        const out = [];
                        for (const q of queries) {
                          const r = await jianbaoSearch.search(q);
                          out.push(r.ids);
                        }
                        return out;"""), documents, idByHref, false);
                browser.get(root + "404.html");
                Recall pagefind = !withPagefind ? new Recall(0, 0, 0, 0) : recall(queries, truth, runAll(browser, queries, """
                        const pf = await import('/pagefind/pagefind.js');
                        const out = [];
                        for (const q of queries) {
                          const r = await pf.search(q);
                          out.push(await Promise.all(r.results.map(x => x.data().then(d => d.url))));
                        }
                        return out;"""), documents, idByHref, true);

                print(args, articles, writerTimes, jianbaoSize, pagefindSize, script, jianbaoFirst, pagefindFirst, randomFirst, jianbao, pagefind,
                        queries.size());
            } finally {
                browser.quit();
            }
        }
    }

    /** Bytes (gzip) and milliseconds of a first query on a fresh search page, then of the same query again. */
    static long[] jianbaoFirstQuery(ChromeDriver browser, StaticServer server, String root, String q) {
        browser.get(root + "robots.txt");
        server.clearLog();
        browser.get(root + "search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> q.equals(d.findElement(By.id("search")).getAttribute("data-search-query")));
        long cold = Long.parseLong(browser.findElement(By.id("search")).getAttribute("data-search-ms"));
        long bytes = server.log().stream()
                .filter(s -> s.path().startsWith("/search/") && !s.path().equals("/search/") || s.path().endsWith("/search.js"))
                .mapToLong(StaticServer.Served::bytes).sum();
        long files = server.log().stream().filter(s -> s.path().startsWith("/search/") && !s.path().equals("/search/")).count();
        browser.executeScript("document.getElementById('search').removeAttribute('data-search-query');"
                + "document.querySelector('.search-form button').click();");
        wait.until(d -> q.equals(d.findElement(By.id("search")).getAttribute("data-search-query")));
        long warm = Long.parseLong(browser.findElement(By.id("search")).getAttribute("data-search-ms"));
        return new long[]{bytes, cold, warm, files};
    }

    /** The same for Pagefind's JavaScript API, loading the data of the first results as its UI would show them. */
    static long[] pagefindFirstQuery(ChromeDriver browser, StaticServer server, String root, String q) {
        browser.get(root + "robots.txt");
        server.clearLog();
        browser.get(root + "404.html");
        @SuppressWarnings("unchecked")
        List<Object> times = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const q = arguments[0], shown = arguments[1];
                (async () => {
                  const pf = await import('/pagefind/pagefind.js');
                  const times = [];
                  for (let i = 0; i < 2; i++) {
                    const t = performance.now();
                    const r = await pf.search(q);
                    await Promise.all(r.results.slice(0, shown).map(x => x.data()));
                    times.push(Math.round(performance.now() - t));
                  }
                  return times;
                })().then(done, e => done([String(e)]));""", q, SHOWN);
        long bytes = server.log().stream().filter(s -> s.path().startsWith("/pagefind/")).mapToLong(StaticServer.Served::bytes).sum();
        long files = server.log().stream().filter(s -> s.path().startsWith("/pagefind/")).count();
        return new long[]{bytes, ((Number) times.get(0)).longValue(), ((Number) times.get(1)).longValue(), files};
    }

    @SuppressWarnings("unchecked")
    static List<List<Object>> runAll(ChromeDriver browser, List<String> queries, String body) {
        List<List<Object>> all = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += 25) {
            Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const queries = arguments[0];"
                    + "(async () => {" + body + "})().then(done, e => done(String(e)));",
                    queries.subList(from, Math.min(queries.size(), from + 25)));
            if (!(result instanceof List)) {
                throw new IllegalStateException(String.valueOf(result));
            }
            all.addAll((List<List<Object>>) result);
        }
        return all;
    }

    record Recall(double mean, double allFound, double precision, long results) {
    }

    static Recall recall(List<String> queries, List<Set<Integer>> truth, List<List<Object>> found,
                         List<SearchDocument> documents, Map<String, Integer> idByHref, boolean urls) {
        double sum = 0;
        int complete = 0;
        long results = 0;
        long correct = 0;
        for (int i = 0; i < queries.size(); i++) {
            Set<Integer> ids = new LinkedHashSet<>();
            for (Object o : found.get(i)) {
                Integer id = urls ? idByHref.get((String) o) : Integer.valueOf(((Number) o).intValue());
                if (id == null) {
                    throw new IllegalStateException("unknown result " + o);
                }
                if (documents.get(id).entry() instanceof Article) {
                    ids.add(id);
                }
            }
            Set<Integer> hit = new HashSet<>(ids);
            hit.retainAll(truth.get(i));
            sum += truth.get(i).isEmpty() ? 1 : (double) hit.size() / truth.get(i).size();
            complete += hit.size() == truth.get(i).size() ? 1 : 0;
            results += ids.size();
            correct += hit.size();
        }
        return new Recall(sum / queries.size(), (double) complete / queries.size(), results == 0 ? 1 : (double) correct / results, results);
    }

    /** Random substrings of 2–6 Chinese characters of article bodies, none that could match the page's meta line. */
    static List<String> recallQueries(List<SearchDocument> documents, int count) {
        Random random = new Random(2024);
        List<SearchDocument> articles = documents.stream().filter(d -> d.entry() instanceof Article).toList();
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < count) {
            String body = articles.get(random.nextInt(articles.size())).entry().text();
            int length = 2 + random.nextInt(5);
            if (body.length() <= length) {
                continue;
            }
            int start = random.nextInt(body.length() - length);
            String q = body.substring(start, start + length);
            if (q.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && META_CHARACTERS.indexOf(c) < 0)) {
                queries.add(q);
            }
        }
        return new ArrayList<>(queries);
    }

    record Size(long bytes, long gzip, long files) {
    }

    static Size size(Path root, java.util.function.Predicate<Path> include) throws IOException {
        long bytes = 0;
        long gzip = 0;
        long files = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(include).toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                gzip += StaticServer.gzip(b).length;
                files++;
            }
        }
        return new Size(bytes, gzip, files);
    }

    static double median(Collection<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String kib(double bytes) {
        return String.format("%.1f KiB", bytes / 1024);
    }

    static String mib(double bytes) {
        return String.format("%.1f MiB", bytes / 1024 / 1024);
    }

    static void print(String[] args, long articles, List<Double> writerTimes, Size jianbaoSize, Size pagefindSize, byte[] script,
                      List<long[]> jianbaoFirst, List<long[]> pagefindFirst, List<long[]> randomFirst, Recall jianbao, Recall pagefind,
                      int queries) {
        System.out.println();
        System.out.printf("Search on %d articles (synthetic 《上街信息》 archive), jianbao vs Pagefind%n%n", articles);
        System.out.println("| | jianbao | Pagefind |");
        System.out.println("|---|---|---|");
        System.out.printf("| index on disk | %s in %d files | %s in %d files |%n", mib(jianbaoSize.bytes()), jianbaoSize.files(),
                mib(pagefindSize.bytes()), pagefindSize.files());
        System.out.printf("| index on disk, each file gzip'd | %s | %s |%n", mib(jianbaoSize.gzip()), mib(pagefindSize.gzip()));
        System.out.printf("| index build time (median) | %.2f s (index writer, in process; first run %.2f s) | %s s (pagefind CLI, wall) |%n",
                median(writerTimes.subList(1, writerTimes.size())), writerTimes.get(0), args[4]);
        System.out.printf("| whole site build incl. index (median wall) | %s s | — |%n", args[3]);
        System.out.printf("| search script | %s raw, %s gzip | — |%n", kib(script.length), kib(StaticServer.gzip(script).length));
        for (int i = 0; i < FIXED_QUERIES.size(); i++) {
            System.out.printf("| first query `%s`: gzip bytes (files) | %s (%d) | %s (%d) |%n", FIXED_QUERIES.get(i),
                    kib(jianbaoFirst.get(i)[0]), jianbaoFirst.get(i)[3], kib(pagefindFirst.get(i)[0]), pagefindFirst.get(i)[3]);
        }
        System.out.printf("| first query, median bytes (max) | %s (%s) | %s (%s) |%n",
                kib(median(jianbaoFirst.stream().map(x -> (double) x[0]).toList())), kib(jianbaoFirst.stream().mapToLong(x -> x[0]).max().orElse(0)),
                kib(median(pagefindFirst.stream().map(x -> (double) x[0]).toList())), kib(pagefindFirst.stream().mapToLong(x -> x[0]).max().orElse(0)));
        List<Double> randomBytes = randomFirst.stream().map(x -> (double) x[0]).sorted().toList();
        System.out.printf("| first query, %d random substrings (2–6 chars): gzip bytes median (90th percentile, max) | %s (%s, %s) | — |%n",
                randomBytes.size(), kib(median(randomBytes)), kib(randomBytes.get(randomBytes.size() * 9 / 10)),
                kib(randomBytes.get(randomBytes.size() - 1)));
        System.out.printf("| first query, random substrings: latency incl. downloads, median | %.0f ms | — |%n",
                median(randomFirst.stream().map(x -> (double) x[1]).toList()));
        System.out.printf("| first query latency incl. downloads, median | %.0f ms | %.0f ms |%n",
                median(jianbaoFirst.stream().map(x -> (double) x[1]).toList()), median(pagefindFirst.stream().map(x -> (double) x[1]).toList()));
        System.out.printf("| repeated query latency, median (max) | %.0f ms (%d ms) | %.0f ms (%d ms) |%n",
                median(jianbaoFirst.stream().map(x -> (double) x[2]).toList()), jianbaoFirst.stream().mapToLong(x -> x[2]).max().orElse(0),
                median(pagefindFirst.stream().map(x -> (double) x[2]).toList()), pagefindFirst.stream().mapToLong(x -> x[2]).max().orElse(0));
        System.out.printf("| mean recall, %d random substrings (2–6 chars) | %.3f | %.3f |%n", queries, jianbao.mean(), pagefind.mean());
        System.out.printf("| queries with every match found | %.0f %% | %.0f %% |%n", 100 * jianbao.allFound(), 100 * pagefind.allFound());
        System.out.printf("| results that really contain the query | %.0f %% of %d | %.0f %% of %d |%n", 100 * jianbao.precision(),
                jianbao.results(), 100 * pagefind.precision(), pagefind.results());
        System.out.println();
        System.out.println("Bytes: what the search page downloads for its first query (the search script and index files for jianbao;");
        System.out.println("pagefind.js, its wasm and index files for Pagefind), with the data of the first " + SHOWN + " results, gzip as served.");
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
