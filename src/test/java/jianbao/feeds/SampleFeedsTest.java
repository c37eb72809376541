package jianbao.feeds;

import static jianbao.feeds.FeedReaders.ATOM;
import static jianbao.feeds.FeedReaders.child;
import static jianbao.feeds.FeedReaders.children;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jianbao.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The feeds of the sample site (issue 45 of 《上街信息》), read back with Rome, a plain XML parser and a JSON parser. */
class SampleFeedsTest {

    private static final String BASE = "https://www.shangjie.gov.cn/xinxi/";
    private static final String ISSUE_ID = "tag:www.shangjie.gov.cn,2024:/xinxi/2024/45";
    private static final Instant ISSUE_DATE = Instant.parse("2024-08-08T16:00:00Z");
    private static final List<String> HEADLINES = TestSites.SAMPLE_HEADLINES;

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void buildSample() {
        site = work.resolve("site");
        var result = TestSites.build(TestSites.sampleContent(), site, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
    }

    @Test
    void rssCarriesOneEntryPerIssueWithTheWholeIssue() {
        Channel rss = FeedReaders.rss(site.resolve("feed.xml"));
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("上街信息", rss.getTitle());
        assertEquals(BASE, rss.getLink());
        assertEquals("zh-cn", rss.getLanguage());
        assertEquals(ISSUE_DATE, rss.getLastBuildDate().toInstant());
        assertEquals(1, rss.getItems().size());
        Item item = rss.getItems().get(0);
        assertEquals("上街信息 2024年第45期", item.getTitle());
        assertEquals(BASE + "issues/2024/45/", item.getLink());
        assertEquals(ISSUE_ID, item.getGuid().getValue());
        assertFalse(item.getGuid().isPermaLink());
        assertEquals(ISSUE_DATE, item.getPubDate().toInstant());
        assertWholeIssue(item.getDescription().getValue());

        org.w3c.dom.Document xml = FeedReaders.xml(site.resolve("feed.xml"));
        Element channel = child(xml.getDocumentElement(), null, "channel");
        assertEquals("Fri, 09 Aug 2024 00:00:00 +0800", child(channel, null, "lastBuildDate").getTextContent());
        Element self = child(channel, ATOM, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(BASE + "feed.xml", self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"));
        Element xmlItem = child(channel, null, "item");
        assertEquals("Fri, 09 Aug 2024 00:00:00 +0800", child(xmlItem, null, "pubDate").getTextContent());
        assertEquals("false", child(xmlItem, null, "guid").getAttribute("isPermaLink"));
        assertWholeIssue(child(xmlItem, null, "description").getTextContent());
    }

    @Test
    void atomCarriesTheSameEntries() {
        com.rometools.rome.feed.atom.Feed atom = FeedReaders.atom(site.resolve("atom.xml"));
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("上街信息", atom.getTitle());
        assertEquals(BASE, atom.getId());
        assertEquals(ISSUE_DATE, atom.getUpdated().toInstant());
        assertEquals(BASE, atom.getAlternateLinks().get(0).getHref());
        assertEquals(List.of("self " + BASE + "atom.xml", "related " + BASE + "issues/"),
                atom.getOtherLinks().stream().map(l -> l.getRel() + " " + l.getHref()).toList());
        assertEquals("中共上街区委办公室", atom.getAuthors().get(0).getName());
        assertEquals(1, atom.getEntries().size());
        Entry entry = atom.getEntries().get(0);
        assertEquals(ISSUE_ID, entry.getId());
        assertEquals("上街信息 2024年第45期", entry.getTitle());
        assertEquals(BASE + "issues/2024/45/", entry.getAlternateLinks().get(0).getHref());
        assertEquals(ISSUE_DATE, entry.getPublished().toInstant());
        assertEquals(ISSUE_DATE, entry.getUpdated().toInstant());
        assertEquals("html", entry.getContents().get(0).getType());
        assertWholeIssue(entry.getContents().get(0).getValue());

        Element feed = FeedReaders.xml(site.resolve("atom.xml")).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("zh-CN", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("2024-08-09T00:00:00+08:00", child(feed, ATOM, "updated").getTextContent());
        Element xmlEntry = child(feed, ATOM, "entry");
        assertEquals("2024-08-09T00:00:00+08:00", child(xmlEntry, ATOM, "published").getTextContent());
        assertEquals("2024-08-09T00:00:00+08:00", child(xmlEntry, ATOM, "updated").getTextContent());
        assertEquals(ISSUE_ID, child(xmlEntry, ATOM, "id").getTextContent());
    }

    @Test
    void jsonFeedCarriesTheSameEntries() {
        JsonNode json = FeedReaders.json(site.resolve("feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
        assertEquals("上街信息", json.get("title").asText());
        assertEquals(BASE, json.get("home_page_url").asText());
        assertEquals(BASE + "feed.json", json.get("feed_url").asText());
        assertEquals("zh-CN", json.get("language").asText());
        assertEquals("中共上街区委办公室", json.get("authors").get(0).get("name").asText());
        assertEquals(1, json.get("items").size());
        JsonNode item = json.get("items").get(0);
        assertEquals(ISSUE_ID, item.get("id").asText());
        assertEquals(BASE + "issues/2024/45/", item.get("url").asText());
        assertEquals("上街信息 2024年第45期", item.get("title").asText());
        assertEquals("2024-08-09T00:00:00+08:00", item.get("date_published").asText());
        assertWholeIssue(item.get("content_html").asText());
    }

    /** The articles under their headlines, linked to their pages, the briefs, the footer, and only absolute links. */
    private static void assertWholeIssue(String html) {
        Document content = Jsoup.parseBodyFragment(html, "");
        assertEquals(HEADLINES, content.select("h2 > a").eachText());
        for (int i = 0; i < HEADLINES.size(); i++) {
            assertEquals(BASE + "issues/2024/45/" + (i + 1) + "/", content.select("h2 > a").get(i).attr("href"));
        }
        assertTrue(content.text().contains("截至目前，打造果园 2 处，盘活土地 150 余亩"));
        assertTrue(content.select("strong").eachText().containsAll(List.of("38.34", "745", "110", "5.5")));
        assertEquals(2, content.select("li").size());
        assertTrue(content.select("li").get(0).text().contains("荣获总决赛一等奖"));
        assertEquals(BASE + "departments/quwei-shegongbu/", content.select("li").get(0).selectFirst("a").attr("href"));
        assertTrue(content.text().contains("责任编辑：柴亚文"));
        assertTrue(content.select("[href]").stream().allMatch(a -> a.attr("href").startsWith(BASE)), html);
    }

    @Test
    void everyDepartmentHasRssAndAtomWithAnEntryPerArticleAndBrief() throws IOException {
        List<Path> departments;
        try (Stream<Path> list = Files.list(site.resolve("departments"))) {
            departments = list.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(12, departments.size());
        for (Path department : departments) {
            String slug = department.getFileName().toString();
            Document page = TestSites.page(site, "departments/" + slug + "/");
            List<String> titles = page.select(".entry-list > li > a").eachText();
            List<String> links = page.select(".entry-list > li > a").eachAttr("href").stream()
                    .map(href -> URI.create(BASE).resolve(href).toString()).toList();

            Channel rss = FeedReaders.rss(department.resolve("feed.xml"));
            assertEquals("上街信息 · " + page.selectFirst("main h1").text(), rss.getTitle(), slug);
            assertEquals(BASE + "departments/" + slug + "/", rss.getLink());
            assertEquals(titles, rss.getItems().stream().map(Item::getTitle).toList(), slug);
            assertEquals(links, rss.getItems().stream().map(Item::getLink).toList(), slug);
            Element channel = child(FeedReaders.xml(department.resolve("feed.xml")).getDocumentElement(), null, "channel");
            assertEquals(BASE + "departments/" + slug + "/feed.xml", child(channel, ATOM, "link").getAttribute("href"));

            com.rometools.rome.feed.atom.Feed atom = FeedReaders.atom(department.resolve("atom.xml"));
            assertEquals(titles, atom.getEntries().stream().map(Entry::getTitle).toList(), slug);
            assertEquals(links, atom.getEntries().stream().map(e -> e.getAlternateLinks().get(0).getHref()).toList(), slug);
            assertEquals(rss.getItems().stream().map(i -> i.getGuid().getValue()).toList(),
                    atom.getEntries().stream().map(Entry::getId).toList(), slug);
            assertEquals(BASE + "departments/" + slug + "/atom.xml",
                    atom.getOtherLinks().stream().filter(l -> l.getRel().equals("self")).map(Link::getHref).findFirst().orElseThrow());
            assertFalse(Files.exists(department.resolve("feed.json")), "departments offer RSS and Atom");
        }
    }

    @Test
    void anArticleEntryCarriesHeadlineFullTextIssueDateAndItsDepartments() {
        Item item = FeedReaders.rss(site.resolve("departments/xiawo-zhen/feed.xml")).getItems().get(0);
        assertEquals(HEADLINES.get(1), item.getTitle());
        assertEquals(BASE + "issues/2024/45/2/", item.getLink());
        assertEquals(ISSUE_ID + "/a2", item.getGuid().getValue());
        assertEquals(ISSUE_DATE, item.getPubDate().toInstant());
        assertEquals(List.of("峡窝镇", "区自然资源局"), item.getCategories().stream().map(Category::getValue).toList());
        Document content = Jsoup.parseBodyFragment(item.getDescription().getValue());
        assertTrue(content.text().startsWith("一是着力调整农业产业结构"));
        assertTrue(content.text().contains("累计带动就业 500 余人次。"));
        assertTrue(content.text().contains("刊于《上街信息》2024年第45期，2024年8月9日"), content.text());
        assertEquals(List.of(BASE + "departments/xiawo-zhen/", BASE + "departments/ziran-ziyuan-ju/", BASE + "issues/2024/45/"),
                content.select("a").eachAttr("href"));

        Item same = FeedReaders.rss(site.resolve("departments/ziran-ziyuan-ju/feed.xml")).getItems().get(0);
        assertEquals(item.getGuid().getValue(), same.getGuid().getValue(), "one article, one id, in every department's feed");

        Entry brief = FeedReaders.atom(site.resolve("departments/jiaoyu-ju/atom.xml")).getEntries().get(0);
        assertEquals(ISSUE_ID + "/b2", brief.getId());
        assertEquals(BASE + "issues/2024/45/#brief-2", brief.getAlternateLinks().get(0).getHref());
        assertTrue(brief.getTitle().startsWith("8月9日，上街区人民政府与郑州经贸学院签订"));
        assertTrue(Jsoup.parse(brief.getContents().get(0).getValue()).text().contains("标志着上街区将迎来第一所本科院校。"));
        assertEquals(List.of("区教育局"), brief.getCategories().stream().map(c -> c.getTerm()).toList());
    }

    @Test
    void everyPageAdvertisesTheSiteFeedsAndDepartmentPagesTheirOwnFirst() throws IOException {
        List<String> siteFeeds = List.of(
                "application/rss+xml /xinxi/feed.xml",
                "application/atom+xml /xinxi/atom.xml",
                "application/feed+json /xinxi/feed.json");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            String path = site.relativize(file).toString().replace('\\', '/');
            List<String> advertised = TestSites.page(site, path).select("head link[rel=alternate]").stream()
                    .map(link -> link.attr("type") + " " + link.attr("href")).toList();
            List<String> expected = new ArrayList<>();
            if (path.matches("departments/[^/]+/index\\.html")) {
                String folder = "/xinxi/" + path.replace("index.html", "");
                expected.add("application/rss+xml " + folder + "feed.xml");
                expected.add("application/atom+xml " + folder + "atom.xml");
            }
            expected.addAll(siteFeeds);
            assertEquals(expected, advertised, path);
        }
        assertEquals("上街信息 · 峡窝镇（RSS）",
                TestSites.page(site, "departments/xiawo-zhen/").selectFirst("link[rel=alternate]").attr("title"));
    }

    @Test
    void homeIssueAndDepartmentPagesShowSubscribeLinks() {
        for (String path : List.of("", "issues/2024/45/")) {
            assertEquals(List.of("/xinxi/feed.xml", "/xinxi/atom.xml", "/xinxi/feed.json"),
                    TestSites.page(site, path).select(".subscribe a").eachAttr("href"), path);
        }
        Document department = TestSites.page(site, "departments/caizheng-ju/");
        assertEquals(List.of("/xinxi/departments/caizheng-ju/feed.xml", "/xinxi/departments/caizheng-ju/atom.xml",
                "/xinxi/feed.xml", "/xinxi/atom.xml", "/xinxi/feed.json"), department.select(".subscribe a").eachAttr("href"));
        assertEquals("上街信息 · 区财政局（RSS）", department.selectFirst(".subscribe a").text());
        assertNotNull(department.selectFirst(".subscribe h2"));
    }

    @Test
    void twoBuildsGiveIdenticalFeeds(@TempDir Path out) throws IOException {
        Path again = out.resolve("site");
        assertTrue(TestSites.build(TestSites.sampleContent(), again, null).succeeded());
        assertSameFeeds(site, again);
    }

    @Test
    void aChangeOfThemeLeavesTheFeedsAsTheyWere(@TempDir Path root) throws IOException {
        Path content = root.resolve("content");
        try (Stream<Path> walk = Files.walk(TestSites.sampleContent())) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(TestSites.sampleContent().relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        Files.writeString(content.resolve("site.yaml"),
                Files.readString(content.resolve("site.yaml")).replace("theme: default", "theme: plain"));
        TestSites.write(root.resolve("themes/plain/templates/issue.peb"), """
                {% extends "base" %}
                {% block content %}<h1>{{ issue.bulletin }} 第{{ issue.number }}期</h1>{% endblock %}
                """);
        Path themed = root.resolve("site");
        var result = TestSites.build(content, themed, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        assertTrue(Files.readString(themed.resolve("issues/2024/45/index.html")).contains("<h1>上街信息 第45期</h1>"));
        assertSameFeeds(site, themed);
    }

    private static void assertSameFeeds(Path one, Path other) throws IOException {
        List<Path> feeds = FeedReaders.feedFiles(one);
        assertEquals(3 + 12 * 2, feeds.size());
        assertEquals(feeds.stream().map(one::relativize).toList(), FeedReaders.feedFiles(other).stream().map(other::relativize).toList());
        for (Path feed : feeds) {
            assertArrayEquals(Files.readAllBytes(feed), Files.readAllBytes(other.resolve(one.relativize(feed))), feed.toString());
        }
    }
}
