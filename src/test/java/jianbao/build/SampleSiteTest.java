package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianbao.TestSites;
import jianbao.output.LinkChecker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds the sample site (issue 45 of 《上街信息》) and checks it the way a reader would see it. */
class SampleSiteTest {

    private static final List<String> HEADLINES = TestSites.SAMPLE_HEADLINES;

    private static final List<List<String>> DEPARTMENTS = List.of(
            List.of("先进制造业开发区"),
            List.of("峡窝镇", "区自然资源局"),
            List.of("中心路街道", "区城管局"),
            List.of("工业路街道", "区工信商务局"),
            List.of("区委编办"),
            List.of("区财政局"),
            List.of("区退役军人事务局"));

    @TempDir
    static Path work;
    static Path site;
    static BuildResultHolder built;

    record BuildResultHolder(SiteBuilder.Result result) {
    }

    @BeforeAll
    static void buildSample() {
        site = work.resolve("site");
        built = new BuildResultHolder(TestSites.build(TestSites.sampleContent(), site, null));
        assertTrue(built.result().succeeded(), () -> built.result().problems().all().toString());
    }

    @Test
    void writesEveryPageOfTheSample() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> html = files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
            // home, archive, issue, 7 articles, department index, 12 departments, about, search, site map, 404
            assertEquals(1 + 1 + 1 + 7 + 1 + 12 + 1 + 1 + 1 + 1, html.size(), html.toString());
        }
        assertTrue(Files.isRegularFile(site.resolve("sitemap.xml")));
        assertTrue(Files.isRegularFile(site.resolve("robots.txt")));
        assertTrue(Files.isRegularFile(site.resolve("assets/css/site.css")));
    }

    @Test
    void issuePageShowsTheWholeIssueAsPrinted() {
        Document issue = TestSites.page(site, "issues/2024/45/");
        assertEquals("上街信息", issue.selectFirst(".masthead-name").text());
        assertEquals("第45期", issue.selectFirst(".masthead-number").text());
        assertTrue(issue.selectFirst(".masthead-line").text().contains("中共上街区委办公室"));
        assertTrue(issue.selectFirst(".masthead-line").text().contains("2024年8月9日"));
        List<String> headlines = issue.select("section.article h2").eachText();
        assertEquals(HEADLINES, headlines);
        for (int i = 0; i < HEADLINES.size(); i++) {
            Element article = issue.getElementById("a" + (i + 1));
            assertEquals(DEPARTMENTS.get(i), article.select(".sources a").eachText(), HEADLINES.get(i));
        }
        List<Element> briefs = issue.select("#briefs li");
        assertEquals(2, briefs.size());
        assertTrue(briefs.get(0).text().contains("荣获总决赛一等奖"));
        assertEquals(List.of("区委社工部"), briefs.get(0).select("a").eachText());
        assertEquals(List.of("区教育局"), briefs.get(1).select("a").eachText());
        assertEquals("8月9日", briefs.get(1).selectFirst("strong").text());
        String footer = issue.selectFirst(".issue-footer").text();
        assertTrue(footer.contains("本期送：区县处级领导"), footer);
        assertTrue(footer.contains("发：峡窝镇、各街道办事处、区直各单位负责同志"), footer);
        assertTrue(footer.contains("责任编辑：柴亚文"), footer);
    }

    @Test
    void pageBreaksAreHealedAndFiguresKept() {
        String text = TestSites.page(site, "issues/2024/45/").text();
        assertTrue(text.contains("引导新型农业经营主体发展"));
        assertTrue(text.contains("因地制宜打造产业改造升级示范样板"));
        assertTrue(text.contains("确保惠及有需求的学生。三是强化监督"));
        Document finance = TestSites.page(site, "issues/2024/45/6/");
        assertEquals(List.of("38.34", "745", "110", "5.5"), finance.select("article .body strong").eachText());
    }

    @Test
    void articlePagesLinkTheirIssueDepartmentsAndNeighbours() {
        for (int i = 1; i <= HEADLINES.size(); i++) {
            Document page = TestSites.page(site, "issues/2024/45/" + i + "/");
            assertEquals(HEADLINES.get(i - 1), page.selectFirst("main h1").text());
            assertTrue(page.title().startsWith(HEADLINES.get(i - 1)));
            assertEquals(DEPARTMENTS.get(i - 1), page.select(".article-meta a[href*=/departments/]").eachText());
            assertEquals("/xinxi/issues/2024/45/", page.selectFirst(".article-meta a").attr("href"));
            assertEquals(i > 1, page.selectFirst("a[rel=prev]") != null);
            assertEquals(i < HEADLINES.size(), page.selectFirst("a[rel=next]") != null);
        }
        Document third = TestSites.page(site, "issues/2024/45/3/");
        assertEquals(HEADLINES.get(1), third.selectFirst("a[rel=prev]").text());
        assertEquals(HEADLINES.get(3), third.selectFirst("a[rel=next]").text());
    }

    @Test
    void everyPageCarriesTheHeadAReaderAndAPortalExpect() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = TestSites.page(site, site.relativize(file).toString());
                String where = site.relativize(file).toString();
                assertEquals("zh-CN", page.selectFirst("html").attr("lang"), where);
                assertTrue(page.title().contains("上街信息"), where);
                assertTrue(!page.select("meta[name=description]").attr("content").isBlank(), where);
                assertTrue(page.selectFirst("link[rel=canonical]").attr("href").startsWith("https://www.shangjie.gov.cn/xinxi/"), where);
                for (String name : List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription",
                        "ColumnKeywords", "ColumnType")) {
                    assertTrue(page.selectFirst("meta[name=" + name + "]") != null, where + " " + name);
                }
                boolean content = where.startsWith("issues/2024/");
                for (String name : List.of("ArticleTitle", "PubDate", "ContentSource", "Url")) {
                    assertEquals(content, page.selectFirst("meta[name=" + name + "]") != null, where + " " + name);
                }
                assertTrue(page.selectFirst("meta[property=og:title]") != null, where);
                assertTrue(page.selectFirst("a.skip-link[href=#main]") != null, where);
                assertTrue(page.selectFirst("main#main") != null && page.selectFirst("header") != null
                        && page.selectFirst("nav") != null && page.selectFirst("footer") != null, where);
                assertTrue(page.select("script[src]").stream().allMatch(s -> s.hasAttr("defer")), where);
            }
        }
        Document article = TestSites.page(site, "issues/2024/45/2/");
        assertEquals("2024-08-09 00:00", article.selectFirst("meta[name=PubDate]").attr("content"));
        assertEquals("峡窝镇、区自然资源局", article.selectFirst("meta[name=ContentSource]").attr("content"));
        assertEquals(List.of("首页", "往期", "2024年第45期", HEADLINES.get(1)), article.select(".breadcrumbs li").eachText());
    }

    @Test
    void departmentPagesListWhatEachDepartmentReported() {
        Document index = TestSites.page(site, "departments/");
        Map<String, String> expectedCounts = Map.of("峡窝镇", "1 条", "区城管局", "1 条", "区教育局", "1 条", "区委社工部", "1 条");
        for (Element item : index.select(".department-list li")) {
            String name = item.selectFirst("a").text();
            if (expectedCounts.containsKey(name)) {
                assertEquals(expectedCounts.get(name), item.selectFirst(".count").text());
            }
        }
        assertEquals(12, index.select(".department-list li").size());
        Document xiawo = TestSites.page(site, "departments/xiawo-zhen/");
        assertEquals(List.of(HEADLINES.get(1)), xiawo.select(".entry-list > li > a").eachText());
        Document chengguan = TestSites.page(site, "departments/chengguan-ju/");
        assertEquals("区城管局", chengguan.selectFirst("main h1").text(), "区域管局 is an alias of 区城管局");
        assertEquals(List.of(HEADLINES.get(2)), chengguan.select(".entry-list > li > a").eachText());
        Document education = TestSites.page(site, "departments/jiaoyu-ju/");
        assertEquals("/xinxi/issues/2024/45/#brief-2", education.selectFirst(".entry-list > li > a").attr("href"));
    }

    @Test
    void sitemapListsEveryPublicPageAndRobotsPointsToIt() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://www.shangjie.gov.cn/xinxi/issues/2024/45/3/</loc><lastmod>2024-08-09</lastmod>"));
        assertEquals(1 + 1 + 1 + 7 + 1 + 12 + 1 + 1, sitemap.split("<url>").length - 1);
        assertTrue(!sitemap.contains("404"));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://www.shangjie.gov.cn/xinxi/sitemap.xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.gov.cn/", "https://example.gov.cn/xinxi/", "http://localhost:8080/a/b/"})
    void everyInternalLinkResolvesAtARootAndUnderASubPath(String baseUrl, @TempDir Path out) {
        Path built = out.resolve("site");
        assertTrue(TestSites.build(TestSites.sampleContent(), built, baseUrl).succeeded());
        LinkChecker.Report report = new LinkChecker(built, URI.create(baseUrl)).check();
        assertEquals(List.of(), report.broken());
        assertTrue(report.links() > 300, "links checked: " + report.links());
        String prefix = URI.create(baseUrl).getPath();
        Document home = TestSites.page(built, "");
        assertEquals(prefix + "assets/css/site.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(prefix + "issues/2024/45/", home.selectFirst(".latest h2 a").attr("href"));
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path out) throws IOException {
        Path again = out.resolve("site");
        assertTrue(TestSites.build(TestSites.sampleContent(), again, null).succeeded());
        List<Path> first = files(site);
        assertEquals(first.stream().map(site::relativize).toList(), files(again).stream().map(again::relativize).toList());
        for (Path file : first) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(site.relativize(file))), file.toString());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
