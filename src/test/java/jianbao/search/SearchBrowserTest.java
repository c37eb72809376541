package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import jianbao.ArchiveGenerator;
import jianbao.TestSites;
import jianbao.content.ContentLoader;
import jianbao.model.Site;
import jianbao.render.SiteUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the search page in headless Chromium: the sample issue served under a sub-path
 * (/xinxi/), a fixture archive served at the root of its host, and a generated archive large
 * enough for many index shards, all by a plain static server.
 */
@Tag("browser")
class SearchBrowserTest {

    private static final String RURAL = "我区发展“采摘经济”激发乡村振兴新活力";
    private static final String FINANCE = "区财政局扎实做好困难学生补助资金发放工作";
    /** A headline with characters that take two UTF-16 units each (surrogate pairs), as the index's document packs hold them. */
    private static final String BEYOND_THE_BASIC_PLANE = "𠮷祥村的“𠮷”字与😀表情";

    @TempDir
    static Path work;
    static StaticServer sample;
    static StaticServer fixture;
    static StaticServer archive;
    static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() {
        sample = new StaticServer(work.resolve("sample"), "/xinxi/");
        assertTrue(TestSites.build(TestSites.sampleContent(), work.resolve("sample"), sample.baseUrl()).succeeded());
        fixture = new StaticServer(work.resolve("fixture"), "/");
        Path content = TestSites.fixtureContent(work.resolve("fixture-src"), 10);
        TestSites.write(content.resolve("issues/2023/001.md"), issue(1, "2023-03-15",
                "一是推进乡村建设，促进产业振兴。（区财政局）"));
        TestSites.write(content.resolve("issues/2023/002.md"), "---\nnumber: 2\ndate: 2023-06-15\n---\n\n"
                + "## 乡村振兴带头人培训\n\n一是开展培训。（区城管局）\n");
        TestSites.write(content.resolve("issues/2024/001.md"), issue(1, "2024-03-15",
                "一是全面推进乡村振兴工作。（峡窝镇）", "一是乡村道路建设。二是产业振兴。（区城管局）"));
        TestSites.write(content.resolve("issues/2024/002.md"), issue(2, "2024-05-15",
                "一是乡村建设。二是振兴产业。（峡窝镇）", "一是乡村振兴示范，新建5G基站。（区财政局）"));
        TestSites.write(content.resolve("issues/2023/003.md"), "---\nnumber: 3\ndate: 2023-09-15\n---\n\n"
                + "## " + BEYOND_THE_BASIC_PLANE + "\n\n一是“𠮷”字不写作“吉”，😀照原样。（区城管局）\n");
        String[] sources = new String[12];
        java.util.Arrays.fill(sources, "区城管局");
        TestSites.write(content.resolve("issues/2024/003.md"), TestSites.issue(3, "2024-07-15", sources));
        assertTrue(TestSites.build(content, work.resolve("fixture"), fixture.baseUrl()).succeeded());
        archive = new StaticServer(work.resolve("archive"), "/");
        assertTrue(TestSites.build(ArchiveGenerator.write(work.resolve("archive-src"), 150, 8), work.resolve("archive"), archive.baseUrl())
                .succeeded());
        browser = Browser.start();
    }

    private static String issue(int number, String date, String... bodies) {
        StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: " + date + "\n---\n\n");
        for (int i = 0; i < bodies.length; i++) {
            text.append("## ").append(date, 0, 4).append("年第").append(number).append("期第").append(i + 1).append("条\n\n")
                    .append(bodies[i]).append("\n\n");
        }
        return text.toString();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        sample.close();
        fixture.close();
        archive.close();
    }

    @Test
    void theSearchBoxInEveryHeaderLeadsToResultsThatLinkToArticles() {
        browser.get(sample.baseUrl() + "issues/2024/45/");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("乡村振兴", Keys.ENTER);
        waitForResults("乡村振兴");
        assertEquals("/xinxi/search/?q=乡村振兴", currentPathAndQuery());
        assertEquals(List.of(RURAL), headlines());
        assertEquals("乡村振兴", browser.findElement(By.cssSelector(".search-result h2 mark")).getText());
        WebElement status = browser.findElement(By.cssSelector(".search-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("找到 1 条包含“乡村振兴”的信息。", status.getText());
        assertEquals("第45期 · 2024年8月9日 · 供稿：峡窝镇、区自然资源局",
                browser.findElement(By.cssSelector(".search-result-meta")).getText());
        browser.findElement(By.cssSelector(".search-result h2 a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/xinxi/issues/2024/45/2/"));
        assertEquals(RURAL, browser.findElement(By.cssSelector("main h1")).getText());
    }

    @Test
    void findsAnySubstringFigureLatinWordAndWidthVariant() {
        browser.get(sample.baseUrl() + "search/");
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("振兴新活", List.of(RURAL));
        expected.put("38.34", List.of(FINANCE));
        expected.put("３８．３４", List.of(FINANCE));
        expected.put("40余件", List.of("区先进制造业开发区加速推进重点项目建设"));
        expected.put("锂", List.of("我区深化政企合作推动产业转型升级"));
        expected.put("峡窝镇 采摘", List.of(RURAL));
        expected.put("火箭 飞船", List.of());
        expected.put("区教育局", List.of("8月9日，上街区人民政府与郑州经贸学院签订《郑州经贸学院上街校区项目协议书》，标…", FINANCE));
        expected.forEach((query, headlines) -> {
            type(query);
            waitForResults(query);
            assertEquals(headlines, headlines().stream().map(h -> h.replaceFirst("^简讯 ", "")).toList(), query);
        });
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().startsWith("找到 2 条"));
        type("火箭 飞船");
        waitForResults("火箭 飞船");
        assertEquals("没有找到包含“火箭”和“飞船”的信息。请换个词语或减少关键词再试。",
                browser.findElement(By.cssSelector(".search-status")).getText());
        // The sample has no Latin word left in its text; the fixture has one.
        browser.get(fixture.baseUrl() + "search/");
        type("5g");
        waitForResults("5g");
        assertEquals(List.of("2024年第2期第2条"), headlines(), "a Latin word, whatever its case");
    }

    @Test
    void whenNoArticleHasEveryWordThoseWithSomeOfThemAreListed() {
        browser.get(sample.baseUrl() + "search/");
        type("峡窝镇 财政 火箭");
        waitForResults("峡窝镇 财政 火箭");
        assertEquals(List.of(RURAL, FINANCE), headlines(), "the longer word first");
        assertEquals("没有找到同时包含“峡窝镇”、“财政”和“火箭”的信息；找到 2 条包含其中部分词语的信息。",
                browser.findElement(By.cssSelector(".search-status")).getText());
        List<String> marks = browser.findElements(By.cssSelector(".search-result mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("峡窝镇") && marks.contains("财政") && !marks.contains("火箭"), marks.toString());
        type("峡窝镇 采摘 财政");
        waitForResults("峡窝镇 采摘 财政");
        assertEquals(List.of(RURAL, FINANCE), headlines(), "two of the three words before one");
    }

    @Test
    void aQueryTypedWithoutSpacesIsTakenAsTheWordsItIsMadeOf() {
        browser.get(sample.baseUrl() + "search/");
        type("峡窝镇采摘");
        waitForResults("峡窝镇采摘");
        assertEquals(List.of(RURAL), headlines());
        assertEquals("没有找到完整包含“峡窝镇采摘”的信息；找到 1 条包含“峡窝镇”和“采摘”的信息。",
                browser.findElement(By.cssSelector(".search-status")).getText());
        List<String> marks = browser.findElements(By.cssSelector(".search-result mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("峡窝镇") && marks.contains("采摘"), marks.toString());
        type("峡窝镇采摘火箭");
        waitForResults("峡窝镇采摘火箭");
        assertEquals(List.of(), headlines(), "a part found nowhere finds nothing");
    }

    @Test
    void charactersBeyondTheBasicPlaneComeBackWholeFromTheIndex() {
        // Typed through the address: ChromeDriver cannot type characters outside the basic plane.
        browser.get(fixture.baseUrl() + "search/?q=" + URLEncoder.encode("𠮷祥", StandardCharsets.UTF_8));
        waitForResults("𠮷祥");
        assertEquals(List.of(BEYOND_THE_BASIC_PLANE), headlines());
        assertEquals(List.of("𠮷祥"), browser.findElements(By.cssSelector(".search-result mark")).stream()
                .map(WebElement::getText).toList());
        String snippet = browser.findElement(By.cssSelector(".search-result-snippet")).getText();
        assertTrue(snippet.contains("一是“𠮷”字不写作“吉”，😀照原样。"), snippet);
    }

    @Test
    void highlightsEveryMatchInHeadlineMetaAndSnippet() {
        browser.get(sample.baseUrl() + "search/?q=" + "３８．３４%20区财政局");
        waitForResults("３８．３４ 区财政局");
        List<String> marks = browser.findElements(By.cssSelector(".search-result mark")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("区财政局", "区财政局", "38.34"), marks);
        String snippet = browser.findElement(By.cssSelector(".search-result-snippet")).getText();
        assertTrue(snippet.startsWith("…") && snippet.contains("拨付各学段资助资金38.34万元"), snippet);
        assertTrue(Integer.parseInt(browser.findElement(By.id("search")).getAttribute("data-search-ms")) < 2000);
    }

    @Test
    void theQueryLivesInTheUrlAndTheBackButtonRestoresIt() {
        browser.get(sample.baseUrl() + "search/");
        type("乡村振兴");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        waitForResults("乡村振兴");
        type("区财政局");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        waitForResults("区财政局");
        assertEquals("/xinxi/search/?q=区财政局", currentPathAndQuery());
        assertEquals(List.of(FINANCE), headlines());
        browser.navigate().back();
        waitForResults("乡村振兴");
        assertEquals("/xinxi/search/?q=乡村振兴", currentPathAndQuery());
        assertEquals("乡村振兴", browser.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(List.of(RURAL), headlines());
        browser.navigate().forward();
        waitForResults("区财政局");
        assertEquals(List.of(FINANCE), headlines());
    }

    @Test
    void exactQueryStringFirstThenHowMuchMatchedThenInTheHeadlineThenNewest() {
        browser.get(fixture.baseUrl() + "search/?q=乡村%20振兴");
        waitForResults("乡村 振兴");
        assertEquals(List.of("乡村振兴带头人培训", "2024年第2期第2条", "2024年第1期第1条", "2024年第2期第1条", "2024年第1期第2条",
                "2023年第1期第1条"), headlines());
        assertEquals("/search/?q=乡村+振兴", currentPathAndQuery());
        assertEquals("/issues/2023/2/1/", browser.findElement(By.cssSelector(".search-result h2 a")).getAttribute("pathname"));
        type("振兴");
        waitForResults("振兴");
        assertEquals("乡村振兴带头人培训", headlines().get(0), "the oldest, but the only one with the word in its headline");
    }

    @Test
    void departmentAndYearFiltersCombineWithTheQueryAndLiveInTheUrl() {
        browser.get(fixture.baseUrl() + "search/?q=乡村%20振兴");
        waitForResults("乡村 振兴");
        Select department = new Select(browser.findElement(By.id("search-department")));
        Select year = new Select(browser.findElement(By.id("search-year")));
        assertEquals(List.of("全部年份", "2024年（4）", "2023年（2）"), year.getOptions().stream().map(WebElement::getText).toList());
        department.selectByVisibleText("峡窝镇");
        waitFor(() -> headlines().equals(List.of("2024年第1期第1条", "2024年第2期第1条")));
        assertEquals("/search/?q=乡村+振兴&department=xiawo-zhen", currentPathAndQuery());
        assertEquals(List.of("全部年份", "2024年（2）", "2023年（0）"), year.getOptions().stream().map(WebElement::getText).toList());
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().startsWith("在峡窝镇中找到 2 条"));
        department.selectByValue("");
        year.selectByValue("2023");
        waitFor(() -> headlines().equals(List.of("乡村振兴带头人培训", "2023年第1期第1条")));
        assertEquals("/search/?q=乡村+振兴&year=2023", currentPathAndQuery());
        department.selectByVisibleText("峡窝镇");
        waitFor(() -> headlines().isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().startsWith("在2023年、峡窝镇中没有找到"));
        browser.navigate().back();
        waitFor(() -> headlines().equals(List.of("乡村振兴带头人培训", "2023年第1期第1条")));
        assertEquals("", department.getFirstSelectedOption().getAttribute("value"));
        assertEquals("2023", year.getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void fullyUsableByKeyboard() {
        browser.get(fixture.baseUrl() + "search/");
        WebElement input = browser.findElement(By.id("search-q"));
        input.click();
        input.sendKeys("加强管理", Keys.ENTER);
        waitForResults("加强管理");
        assertEquals(10, headlines().size());
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().contains("找到 12 条"));
        assertEquals("search-q", browser.switchTo().activeElement().getAttribute("id"));
        input.sendKeys(Keys.TAB);
        assertEquals("submit", browser.switchTo().activeElement().getAttribute("type"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("search-department", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("search-year", browser.switchTo().activeElement().getAttribute("id"));
        for (int i = 0; i < 20 && !browser.switchTo().activeElement().getAttribute("class").contains("search-more"); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement more = browser.switchTo().activeElement();
        assertEquals("显示更多结果（还有 2 条）", more.getText());
        more.sendKeys(Keys.ENTER);
        waitFor(() -> headlines().size() == 12);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertEquals(headlines().get(10), focused.getText());
        assertFalse(more.isDisplayed());
    }

    @Test
    @SuppressWarnings("unchecked")
    void onALargeArchiveFindsEveryDocumentContainingARandomStringAndNoOther() {
        Site site = ContentLoader.load(work.resolve("archive-src/content"),
                new ContentLoader.Options(false, TestSites.TODAY, Optional.of(URI.create(archive.baseUrl())))).site().orElseThrow();
        List<SearchDocument> documents = SearchIndexWriter.documents(site, new SiteUrls(URI.create(archive.baseUrl())));
        List<String> texts = documents.stream()
                .map(d -> String.join("\u0000", d.fields().stream().map(SearchText::normalizeToString).toList())).toList();
        String[] shards = work.resolve("archive/search/terms").toFile().list();
        assertTrue(shards.length > 3, "shards: " + shards.length);
        Random random = new Random(16);
        List<String> queries = new ArrayList<>(List.of("加强组织领导", "峡窝镇", "区", "第", "不存在的词"));
        while (queries.size() < 150) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 1 + random.nextInt(9);
            int start = random.nextInt(text.length() - length);
            String query = text.substring(start, start + length);
            if (!query.contains("\u0000") && !query.isBlank()) {
                queries.add(query.strip());
            }
        }
        browser.get(archive.baseUrl() + "search/");
        List<Object> found = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(arguments[0].map(q => jianbaoSearch.search(q).then(r => r.ids)))
                  .then(done, e => done(String(e)));""", queries);
        int nonEmpty = 0;
        for (int i = 0; i < queries.size(); i++) {
            String normalized = SearchText.normalizeToString(queries.get(i));
            Set<Long> expected = new TreeSet<>();
            for (int id = 0; id < texts.size(); id++) {
                if (texts.get(id).contains(normalized)) {
                    expected.add((long) id);
                }
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, new TreeSet<>((List<Long>) found.get(i)), queries.get(i));
        }
        assertTrue(nonEmpty > 140, "queries with matches: " + nonEmpty);
        Map<String, Object> last = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                jianbaoSearch.doc(arguments[0]).then(done, e => done(String(e)));""", documents.size() - 1);
        assertEquals(documents.get(documents.size() - 1).href(), last.get("href"));
        assertEquals(documents.get(documents.size() - 1).entry().text(), last.get("text"));
    }

    private static void type(String query) {
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(query);
    }

    private static void waitForResults(String query) {
        waitFor(() -> query.equals(browser.findElement(By.id("search")).getAttribute("data-search-query"))
                && browser.findElement(By.id("search")).getAttribute("aria-busy") == null);
    }

    /** Waits until {@code condition} holds; results replaced while it reads them are read again. */
    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static List<String> headlines() {
        return browser.findElements(By.cssSelector(".search-result h2")).stream().map(WebElement::getText).toList();
    }

    /** The path and query of the page, decoded, with spaces shown as +. */
    private static String currentPathAndQuery() {
        String url = browser.getCurrentUrl();
        return URLDecoder.decode(url.substring(url.indexOf('/', "http://".length())), StandardCharsets.UTF_8)
                .replace(' ', '+');
    }
}
