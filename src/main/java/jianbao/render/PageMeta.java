package jianbao.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What the head and the frame of a page need: its title, description, canonical path, breadcrumbs,
 * the metadata tags that government portals carry, and the feeds to advertise.
 *
 * @param title         the page's own title; the layout appends the site name
 * @param path          the page's site path, for the canonical URL
 * @param columnName    the section (栏目) the page belongs to
 * @param pubDate       the publication date, or null for pages without one
 * @param contentSource who reported the content (departments, or the publisher)
 * @param ogType        article or website
 */
public record PageMeta(String title, String description, String path, String columnName, LocalDate pubDate,
                       String contentSource, List<Crumb> breadcrumbs, String ogType, List<FeedLink> feeds) {

    /** One step of the breadcrumb trail; the last step is the page itself and has no link. */
    public record Crumb(String label, String path) {
    }

    /** A feed offered for autodiscovery and as a visible subscribe link. */
    public record FeedLink(String title, String path, String type) {
    }

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
        feeds = List.copyOf(feeds);
    }
}
