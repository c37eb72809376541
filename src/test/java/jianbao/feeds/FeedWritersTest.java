package jianbao.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianbao.feeds.Feed.FeedFile;
import jianbao.output.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writers on their own, with feeds built by hand. */
class FeedWritersTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2024-08-09T00:00:00+08:00");

    private static Feed feed(String title, String html) {
        FeedEntry entry = new FeedEntry("tag:example.gov.cn,2024:/2024/45", title, "https://example.gov.cn/issues/2024/45/",
                html, DATE, List.of("峡窝镇"));
        return new Feed("https://example.gov.cn/", "测试信息", "说明", "zh-CN", "测试办公室", "https://example.gov.cn/",
                "https://example.gov.cn/issues/", DATE, List.of(entry), List.of(
                        new FeedFile(FeedFormat.RSS, "feed.xml", "https://example.gov.cn/feed.xml"),
                        new FeedFile(FeedFormat.ATOM, "atom.xml", "https://example.gov.cn/atom.xml"),
                        new FeedFile(FeedFormat.JSON_FEED, "feed.json", "https://example.gov.cn/feed.json")));
    }

    @Test
    void charactersXmlForbidsAreDroppedFromEveryFormatAndTheRestKept(@TempDir Path dir) throws IOException {
        Feed feed = feed("换页\f后\u0001的标题\uD800 𠮷", "<p>正文\u000B继续\t制表 𠮷</p>");
        assertEquals("换页后的标题 𠮷", feed.entries().get(0).title());
        assertEquals("<p>正文继续\t制表 𠮷</p>", feed.entries().get(0).html());

        Path rss = Files.write(dir.resolve("feed.xml"), new RssAtomWriter().rss(feed));
        assertEquals("换页后的标题 𠮷", FeedReaders.rss(rss).getItems().get(0).getTitle());
        Path atom = Files.write(dir.resolve("atom.xml"), new RssAtomWriter().atom(feed));
        assertEquals("<p>正文继续\t制表 𠮷</p>", FeedReaders.atom(atom).getEntries().get(0).getContents().get(0).getValue());
        Path json = Files.write(dir.resolve("feed.json"), new JsonFeedWriter().write(feed));
        assertEquals("换页后的标题 𠮷", FeedReaders.json(json).get("items").get(0).get("title").asText());
    }

    @Test
    void xmlIsUtf8WithUnixLineEndsWhateverThePlatform() {
        Feed feed = feed("标题", "<p>正文</p>");
        for (byte[] xml : List.of(new RssAtomWriter().rss(feed), new RssAtomWriter().atom(feed))) {
            String text = new String(xml, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
            assertTrue(text.contains("标题") && !text.contains("\r"), text);
        }
    }

    @Test
    void aFeedOnlyHasASelfLinkForTheFormatsItIsPublishedIn() {
        Feed department = new Feed("https://example.gov.cn/departments/a/", "测试信息 · 甲", "说明", "zh-CN", "测试办公室",
                "https://example.gov.cn/departments/a/", "https://example.gov.cn/departments/a/", DATE, List.of(),
                List.of(new FeedFile(FeedFormat.RSS, "departments/a/feed.xml", "https://example.gov.cn/departments/a/feed.xml")));
        assertEquals("https://example.gov.cn/departments/a/feed.xml", department.url(FeedFormat.RSS));
        String rss = new String(new RssAtomWriter().rss(department), StandardCharsets.UTF_8);
        assertTrue(rss.contains("<lastBuildDate>Fri, 09 Aug 2024 00:00:00 +0800</lastBuildDate>"), rss);
        assertThrows(IllegalArgumentException.class, () -> department.url(FeedFormat.JSON_FEED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "引号\"与\\反斜杠", "换行\n回车\r制表\t退格\b换页\f", "\u0001\u001f", "行分隔\u2028段分隔\u2029",
            "</script><script>alert(1)</script>", "𠮷 and 😀", "&amp; <b>"})
    void jsonStringsReadBackExactly(String value) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("value", value);
        object.put("list", List.of(value, Map.of(), List.of()));
        String json = JsonText.write(object);
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertEquals(value, parsed.get("value").asText());
        assertEquals(value, parsed.get("list").get(0).asText());
        assertTrue(json.chars().noneMatch(c -> c < 0x20 && c != '\n'), "control characters are escaped: " + json);
        assertTrue(!json.contains("\u2028") && !json.contains("\u2029"));
    }

    @Test
    void datesFollowRfc822ForRssAndRfc3339ForAtomAndJsonFeed() {
        assertEquals("Fri, 09 Aug 2024 00:00:00 +0800", FeedDates.rfc822(DATE));
        assertEquals("2024-08-09T00:00:00+08:00", FeedDates.rfc3339(DATE));
        OffsetDateTime utc = OffsetDateTime.parse("2025-01-03T07:05:09Z");
        assertEquals("Fri, 03 Jan 2025 07:05:09 +0000", FeedDates.rfc822(utc));
        assertEquals("2025-01-03T07:05:09+00:00", FeedDates.rfc3339(utc));
    }
}
