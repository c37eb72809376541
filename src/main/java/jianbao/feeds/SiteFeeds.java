package jianbao.feeds;

import java.util.Map;
import java.util.TreeMap;
import jianbao.feeds.Feed.FeedFile;
import jianbao.model.Site;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/** Every feed file of a site, by the site path it is published at, ready to be written. */
public final class SiteFeeds {

    private SiteFeeds() {
    }

    public static Map<String, byte[]> files(Site site, SiteUrls urls, Labels labels) {
        RssAtomWriter xml = new RssAtomWriter();
        JsonFeedWriter json = new JsonFeedWriter();
        Map<String, byte[]> files = new TreeMap<>();
        for (Feed feed : new FeedEntries(site, urls, labels).all()) {
            for (FeedFile file : feed.files()) {
                files.put(file.path(), switch (file.format()) {
                    case RSS -> xml.rss(feed);
                    case ATOM -> xml.atom(feed);
                    case JSON_FEED -> json.write(feed);
                });
            }
        }
        return files;
    }
}
