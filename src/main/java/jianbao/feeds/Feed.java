package jianbao.feeds;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A feed as readers see it, whatever the format it is written in. Every URL is absolute.
 *
 * @param id          the feed's own id: the absolute URL of the page it follows (Atom {@code <id>})
 * @param title       plain text
 * @param description plain text; says where to find what the feed no longer carries
 * @param language    the site's language tag, such as zh-CN
 * @param author      who publishes the feed
 * @param homePage    the page the feed follows: the home page, or a department's page
 * @param archive     the page that lists everything, including entries beyond the feed's limit: the
 *                    archive of issues, or for a department its own paginated page (then {@code homePage})
 * @param updated     when the newest entry was published; never the time of the build, so that
 *                    the same content gives the same feed
 * @param entries     newest first, at most the site's feed limit
 * @param files       the formats the feed is published in and where
 */
public record Feed(String id, String title, String description, String language, String author, String homePage,
                   String archive, OffsetDateTime updated, List<FeedEntry> entries, List<FeedFile> files) {

    /** One published form of a feed: its format, its site path and its absolute URL. */
    public record FeedFile(FeedFormat format, String path, String url) {
    }

    public Feed {
        title = FeedText.clean(title);
        description = FeedText.clean(description);
        author = FeedText.clean(author);
        entries = List.copyOf(entries);
        files = List.copyOf(files);
    }

    /** The absolute URL of the feed in {@code format}: the self link of that file. */
    public String url(FeedFormat format) {
        return files.stream().filter(f -> f.format() == format).map(FeedFile::url).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(title + " is not published as " + format));
    }
}
