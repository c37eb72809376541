package jianbao.feeds;

import java.net.URI;
import java.util.Locale;
import jianbao.model.Brief;
import jianbao.model.Entry;
import jianbao.model.IssueId;
import jianbao.render.SiteUrls;

/**
 * The ids of feed entries: tag URIs (RFC 4151) made of the base URL's host and path and of what an
 * entry is in the bulletin (the year, the issue number, its place in the issue), such as
 * {@code tag:www.shangjie.gov.cn,2024:/xinxi/2024/45} for issue 45 of 2024,
 * {@code …/2024/45/a1} for its first article and {@code …/2024/45/b2} for its second brief; a
 * supplement or special issue is named as in its URL ({@code …/2024/zengkan-3}).
 *
 * <p>They do not depend on page URLs, templates or the build, so they survive rebuilds, a change of
 * theme and a change of URL layout, and a reader never shows an entry twice. They change only when
 * the site moves to another host or path, which makes it another publication. The tag's date is the
 * issue's year, a year in which the publisher held the address. An article keeps its id in every
 * department's feed, so aggregators that follow several departments see it once.
 */
final class FeedIds {

    private final String host;
    private final String path;

    FeedIds(URI baseUrl) {
        this.host = baseUrl.getHost().toLowerCase(Locale.ROOT);
        this.path = baseUrl.getRawPath();
    }

    String issue(IssueId id) {
        return "tag:" + host + "," + id.year() + ":" + path + id.year() + "/" + SiteUrls.issueName(id);
    }

    String entry(Entry entry) {
        String kind = entry instanceof Brief ? "/b" : "/a";
        return issue(entry.issueId()) + kind + entry.position();
    }
}
