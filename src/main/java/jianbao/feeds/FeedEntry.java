package jianbao.feeds;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a feed, whatever the format.
 *
 * @param id         a stable id, see {@link FeedIds}
 * @param title      plain text
 * @param url        the absolute URL of the page that shows the entry
 * @param html       the full content as HTML in which every link is absolute
 * @param published  the date of the issue, at midnight in the site's time zone
 * @param categories the departments that reported the entry, by name; empty for a whole issue
 */
public record FeedEntry(String id, String title, String url, String html, OffsetDateTime published,
                        List<String> categories) {

    public FeedEntry {
        title = FeedText.clean(title);
        html = FeedText.clean(html);
        categories = categories.stream().map(FeedText::clean).toList();
    }
}
