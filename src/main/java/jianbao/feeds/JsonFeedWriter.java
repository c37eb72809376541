package jianbao.feeds;

import java.nio.charset.StandardCharsets;
import jianbao.output.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Feed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), UTF-8, members in a
 * fixed order so that the same feed always gives the same bytes.
 */
public final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    public byte[] write(Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.homePage());
        json.put("feed_url", feed.url(FeedFormat.JSON_FEED));
        json.put("description", feed.description());
        json.put("language", feed.language());
        json.put("authors", List.of(Map.of("name", feed.author())));
        json.put("items", feed.entries().stream().map(JsonFeedWriter::item).toList());
        return (JsonText.write(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> item(FeedEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.id());
        item.put("url", entry.url());
        item.put("title", entry.title());
        item.put("content_html", entry.html());
        item.put("date_published", FeedDates.rfc3339(entry.published()));
        if (!entry.categories().isEmpty()) {
            item.put("tags", entry.categories());
        }
        return item;
    }
}
