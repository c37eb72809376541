package jianbao.feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import jianbao.feeds.Feed.FeedFile;
import jianbao.model.Department;
import jianbao.model.Site;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/**
 * Every feed file of a site, by the site path it is published at, ready to be written. Kept from
 * one of serve's rebuilds to the next (with the same settings and labels), it makes again only the
 * feeds whose entries are other objects than last time: an issue parsed again gives new ones.
 */
public final class SiteFeeds {

    /** What a feed was made from: its department (none for the site's feed) and its entries (issues or entries). */
    private record Inputs(Department department, List<Object> entries) {

        boolean same(Inputs other) {
            if (other == null || !Objects.equals(department, other.department) || entries.size() != other.entries.size()) {
                return false;
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) != other.entries.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Made(Inputs inputs, Map<String, byte[]> files) {
    }

    /** The feeds made last, by the path of their first file. */
    private Map<String, Made> made = Map.of();

    /**
     * The files of every feed of {@code site}, taking from the last call those of the feeds made
     * from the same objects. The settings and labels must be those of the last call.
     */
    public Map<String, byte[]> make(Site site, SiteUrls urls, Labels labels) {
        FeedEntries feeds = new FeedEntries(site, urls, labels);
        int limit = site.config().feedLimit();
        Map<String, Made> now = new HashMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        // A feed without entries is dated by the newest issue.
        Object newest = site.issues().isEmpty() ? null : site.issues().get(0);
        List<Object> issues = new ArrayList<>(site.issues().subList(0, Math.min(limit, site.issues().size())));
        add(SiteUrls.siteRss(), new Inputs(null, issues), feeds::siteFeed, now, files);
        site.entriesByDepartment().forEach((department, entries) -> {
            List<Object> newestEntries = new ArrayList<>(entries.subList(0, Math.min(limit, entries.size())));
            if (newestEntries.isEmpty()) {
                newestEntries.add(newest);
            }
            add(SiteUrls.departmentRss(department), new Inputs(department, newestEntries),
                    () -> feeds.departmentFeed(department, entries), now, files);
        });
        made = now;
        return files;
    }

    /** The paths of the feed files made last. */
    public Set<String> files() {
        Set<String> files = new HashSet<>();
        made.values().forEach(feed -> files.addAll(feed.files().keySet()));
        return files;
    }

    private void add(String key, Inputs inputs, Supplier<Feed> feed, Map<String, Made> now, Map<String, byte[]> files) {
        Made before = made.get(key);
        Made feedFiles = before != null && inputs.same(before.inputs) ? before : new Made(inputs, write(feed.get()));
        now.put(key, feedFiles);
        files.putAll(feedFiles.files);
    }

    private static final RssAtomWriter XML = new RssAtomWriter();
    private static final JsonFeedWriter JSON = new JsonFeedWriter();

    private static Map<String, byte[]> write(Feed feed) {
        Map<String, byte[]> files = new TreeMap<>();
        for (FeedFile file : feed.files()) {
            files.put(file.path(), switch (file.format()) {
                case RSS -> XML.rss(feed);
                case ATOM -> XML.atom(feed);
                case JSON_FEED -> JSON.write(feed);
            });
        }
        return files;
    }
}
