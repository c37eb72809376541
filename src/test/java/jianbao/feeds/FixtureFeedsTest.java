package jianbao.feeds;

import static jianbao.feeds.FeedReaders.ATOM;
import static jianbao.feeds.FeedReaders.child;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import jianbao.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Feeds of small sites written by the tests: difficult text, sub-path deploys, the entry limit, time zones. */
class FixtureFeedsTest {

    private static final String HEADLINE = "<script>alert(\"标题\")</script> & '单引号' \"双引号\" 𠮷";
    private static final String BODY = "正文 <script>alert('正文')</script>、A & B、\"直引号\"、'单引号'、𠮷字。";
    private static final String BRIEF = "简讯 <b>不是粗体</b> & \"引号\" 𠮷。";

    @Test
    void markupAmpersandsQuotesAndCharactersBeyondTheBmpSurviveIntoEveryFeed(@TempDir Path root) throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/003.md"), """
                ---
                number: 3
                date: 2024-03-15
                editor: 张三 & "李四"
                ---

                ## %s

                %s（区财政局）

                △ %s（区城管局）
                """.formatted(HEADLINE, BODY, BRIEF));
        Path site = build(content, root.resolve("site"), null);

        Channel rss = FeedReaders.rss(site.resolve("feed.xml"));
        assertWholeIssue(rss.getItems().get(0).getDescription().getValue());
        Element rssItem = child(child(FeedReaders.xml(site.resolve("feed.xml")).getDocumentElement(), null, "channel"), null, "item");
        assertWholeIssue(child(rssItem, null, "description").getTextContent());
        assertWholeIssue(FeedReaders.atom(site.resolve("atom.xml")).getEntries().get(0).getContents().get(0).getValue());
        assertWholeIssue(FeedReaders.json(site.resolve("feed.json")).get("items").get(0).get("content_html").asText());

        Item article = FeedReaders.rss(site.resolve("departments/caizheng-ju/feed.xml")).getItems().get(0);
        assertEquals(HEADLINE, article.getTitle());
        assertTrue(Jsoup.parseBodyFragment(article.getDescription().getValue()).text().startsWith(BODY));
        Element xmlItem = child(child(FeedReaders.xml(site.resolve("departments/caizheng-ju/feed.xml")).getDocumentElement(),
                null, "channel"), null, "item");
        assertEquals(HEADLINE, child(xmlItem, null, "title").getTextContent());
        Entry atomArticle = FeedReaders.atom(site.resolve("departments/caizheng-ju/atom.xml")).getEntries().get(0);
        assertEquals(HEADLINE, atomArticle.getTitle());
        Document atomHtml = Jsoup.parseBodyFragment(atomArticle.getContents().get(0).getValue());
        assertTrue(atomHtml.text().startsWith(BODY), atomHtml.text());
        assertTrue(atomHtml.select("script").isEmpty());

        Entry brief = FeedReaders.atom(site.resolve("departments/chengguan-ju/atom.xml")).getEntries().get(0);
        assertEquals(BRIEF, brief.getTitle());
        Document briefHtml = Jsoup.parseBodyFragment(brief.getContents().get(0).getValue());
        assertTrue(briefHtml.text().startsWith(BRIEF), briefHtml.text());
        assertTrue(briefHtml.select("b").isEmpty());

        for (Path feed : FeedReaders.feedFiles(site)) {
            String text = Files.readString(feed, StandardCharsets.UTF_8);
            if (feed.startsWith(site.resolve("departments/xiawo-zhen"))) {
                continue;
            }
            assertTrue(text.contains("𠮷"), feed + " carries 𠮷 as itself, in UTF-8");
            assertFalse(text.contains("&#x20bb7;") || text.contains("&#134071;") || text.toLowerCase().contains("\\ud842"), feed.toString());
        }
    }

    private static void assertWholeIssue(String html) {
        Document content = Jsoup.parseBodyFragment(html);
        assertEquals(HEADLINE, content.selectFirst("h2").text());
        assertTrue(content.text().contains(BODY), content.text());
        assertEquals("△ " + BRIEF + "（区城管局）", content.selectFirst("li").text());
        assertTrue(content.text().contains("责任编辑：张三 & \"李四\""), content.text());
        assertTrue(content.select("script, b").isEmpty(), "text written in content is never markup in a feed: " + html);
    }

    @ParameterizedTest
    @CsvSource({"https://example.gov.cn/", "https://example.gov.cn/xinxi/", "http://localhost:8080/a/b/"})
    void noRelativeUrlRemainsInAnyFeedAndEveryLinkIntoTheSiteResolves(String baseUrl, @TempDir Path root) throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        String prefix = URI.create(baseUrl).getPath();
        TestSites.write(content.resolve("issues/2024/004/index.md"), """
                ---
                number: 4
                date: 2024-04-12
                ---

                ## 带图片和附件的信息

                ![现场照片](photo.png)

                详见[实施方案](files/plan.pdf)、[本期第一条](#a1)、[网站首页](%s)和[中国政府网](https://www.gov.cn/)。（峡窝镇）

                △ 附件见[方案](files/plan.pdf)。（区城管局）
                """.formatted(prefix));
        TestSites.write(content.resolve("issues/2024/004/photo.png"), "png");
        TestSites.write(content.resolve("issues/2024/004/files/plan.pdf"), "pdf");
        Path site = build(content, root.resolve("site"), baseUrl);

        List<String> urls = new ArrayList<>();
        for (Path feed : FeedReaders.feedFiles(site)) {
            if (feed.toString().endsWith(".json")) {
                collect(FeedReaders.json(feed), urls);
            } else {
                collect(FeedReaders.xml(feed).getDocumentElement(), urls);
            }
        }
        assertTrue(urls.contains(baseUrl + "issues/2024/4/photo.png"), urls.toString());
        assertTrue(urls.contains(baseUrl + "issues/2024/4/files/plan.pdf"));
        assertTrue(urls.contains(baseUrl + "issues/2024/4/#a1"));
        assertTrue(urls.contains(baseUrl));
        assertTrue(urls.contains("https://www.gov.cn/"));
        assertTrue(urls.contains("tag:" + URI.create(baseUrl).getHost() + ",2024:" + prefix + "2024/4/a1"));
        for (String url : urls) {
            URI uri = URI.create(url);
            assertTrue(uri.isAbsolute() && List.of("http", "https", "tag").contains(uri.getScheme()), "not absolute: " + url);
            if (url.startsWith(baseUrl.substring(0, baseUrl.indexOf('/', 8)))) {
                assertTrue(url.startsWith(baseUrl), "outside the site: " + url);
                String path = uri.getPath().substring(prefix.length());
                assertTrue(Files.isRegularFile(site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)),
                        "no file answers " + url);
            }
        }
    }

    /** Every URL an XML feed holds: href and src attributes, link, id and guid elements, and the links inside its HTML. */
    private static void collect(Element element, List<String> urls) {
        for (String attribute : List.of("href", "src")) {
            if (element.hasAttribute(attribute)) {
                urls.add(element.getAttribute(attribute));
            }
        }
        String name = element.getLocalName();
        if (List.of("link", "id", "guid").contains(name) && !element.hasAttribute("href")) {
            urls.add(element.getTextContent().strip());
        }
        if (List.of("description", "content").contains(name)) {
            collectHtml(element.getTextContent(), urls);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) children.item(i), urls);
            }
        }
    }

    private static void collect(JsonNode json, List<String> urls) {
        urls.add(json.get("home_page_url").asText());
        urls.add(json.get("feed_url").asText());
        for (JsonNode item : json.get("items")) {
            urls.add(item.get("id").asText());
            urls.add(item.get("url").asText());
            collectHtml(item.get("content_html").asText(), urls);
        }
    }

    private static void collectHtml(String html, List<String> urls) {
        Document content = Jsoup.parseBodyFragment(html);
        content.select("[href]").forEach(e -> urls.add(e.attr("href")));
        content.select("[src]").forEach(e -> urls.add(e.attr("src")));
    }

    @Test
    void feedsCarryTheNewestEntriesUpToTheLimitAndPointToTheRest(@TempDir Path root) throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Files.writeString(content.resolve("site.yaml"), "feed_limit: 2\n", StandardOpenOption.APPEND);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局"));
        TestSites.write(content.resolve("issues/2025/001.md"), TestSites.issue(1, "2025-01-03", "区财政局、峡窝镇"));
        Path site = build(content, root.resolve("site"), null);
        String base = "https://example.gov.cn/";

        Channel rss = FeedReaders.rss(site.resolve("feed.xml"));
        assertEquals(List.of("测试信息 2025年第1期", "测试信息 2024年第46期"), rss.getItems().stream().map(Item::getTitle).toList());
        assertEquals(List.of("tag:example.gov.cn,2025:/2025/1", "tag:example.gov.cn,2024:/2024/46"),
                rss.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        assertTrue(rss.getDescription().contains("最近 2 期") && rss.getDescription().contains(base + "issues/"), rss.getDescription());
        Element channel = child(FeedReaders.xml(site.resolve("feed.xml")).getDocumentElement(), null, "channel");
        assertEquals("Fri, 03 Jan 2025 00:00:00 +0800", child(channel, null, "lastBuildDate").getTextContent());
        com.rometools.rome.feed.atom.Feed atom = FeedReaders.atom(site.resolve("atom.xml"));
        assertEquals(2, atom.getEntries().size());
        assertEquals(base + "issues/", atom.getOtherLinks().stream().filter(l -> l.getRel().equals("related"))
                .map(Link::getHref).findFirst().orElseThrow());
        assertEquals("2025-01-03T00:00:00+08:00",
                child(FeedReaders.xml(site.resolve("atom.xml")).getDocumentElement(), ATOM, "updated").getTextContent());
        assertEquals(2, FeedReaders.json(site.resolve("feed.json")).get("items").size());
        assertEquals(3, TestSites.page(site, "issues/").select(".issue-list li").size(), "the archive has them all");

        List<Item> finance = FeedReaders.rss(site.resolve("departments/caizheng-ju/feed.xml")).getItems();
        assertEquals(List.of(base + "issues/2025/1/1/", base + "issues/2024/46/1/"), finance.stream().map(Item::getLink).toList());
        assertEquals(3, TestSites.page(site, "departments/caizheng-ju/").select(".entry-list > li").size());

        Channel nothing = FeedReaders.rss(site.resolve("departments/chengguan-ju/feed.xml"));
        assertEquals(List.of(), nothing.getItems(), "a department that reported nothing yet still has a feed to subscribe to");
        Element empty = child(FeedReaders.xml(site.resolve("departments/chengguan-ju/feed.xml")).getDocumentElement(), null, "channel");
        assertEquals("Fri, 03 Jan 2025 00:00:00 +0800", child(empty, null, "lastBuildDate").getTextContent());
        assertEquals(0, FeedReaders.atom(site.resolve("departments/chengguan-ju/atom.xml")).getEntries().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Asia/Shanghai    | Fri, 09 Aug 2024 00:00:00 +0800 | 2024-08-09T00:00:00+08:00",
            "UTC              | Fri, 09 Aug 2024 00:00:00 +0000 | 2024-08-09T00:00:00+00:00",
            "America/New_York | Fri, 09 Aug 2024 00:00:00 -0400 | 2024-08-09T00:00:00-04:00"})
    void datesAreWrittenInTheSiteTimeZone(String zone, String rfc822, String rfc3339, @TempDir Path root) throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Files.writeString(content.resolve("site.yaml"), "time_zone: " + zone + "\n", StandardOpenOption.APPEND);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        Path site = build(content, root.resolve("site"), null);
        for (String feed : List.of("feed.xml", "departments/caizheng-ju/feed.xml")) {
            Element channel = child(FeedReaders.xml(site.resolve(feed)).getDocumentElement(), null, "channel");
            assertEquals(rfc822, child(channel, null, "lastBuildDate").getTextContent());
            assertEquals(rfc822, child(child(channel, null, "item"), null, "pubDate").getTextContent());
        }
        for (String feed : List.of("atom.xml", "departments/caizheng-ju/atom.xml")) {
            Element atom = FeedReaders.xml(site.resolve(feed)).getDocumentElement();
            assertEquals(rfc3339, child(atom, ATOM, "updated").getTextContent());
            assertEquals(rfc3339, child(child(atom, ATOM, "entry"), ATOM, "published").getTextContent());
        }
        assertEquals(rfc3339, FeedReaders.json(site.resolve("feed.json")).get("items").get(0).get("date_published").asText());
    }

    private static Path build(Path content, Path site, String baseUrl) {
        var result = TestSites.build(content, site, baseUrl);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        return site;
    }
}
