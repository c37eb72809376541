package jianbao.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What the head and the frame of a page need: its title, description, canonical path, breadcrumbs,
 * the metadata tags that government portals carry, and the feeds to advertise.
 *
 * @param title       the page's own title; the layout appends the site name
 * @param path        the page's site path, for the canonical URL
 * @param column      the section (栏目) the page belongs to
 * @param pubDate     the date of the page's content, or null for pages without one
 * @param content     the metadata of a content page (an issue or an article), null on other pages
 * @param ogType      article or website
 */
public record PageMeta(String title, String description, String path, Column column, LocalDate pubDate,
                       Content content, List<Crumb> breadcrumbs, String ogType, List<FeedLink> feeds) {

    /** One step of the breadcrumb trail; the last step is the page itself and has no link. */
    public record Crumb(String label, String path) {
    }

    /** A feed offered for autodiscovery and as a visible subscribe link. */
    public record FeedLink(String title, String path, String type) {
    }

    /**
     * A section of the site, as the ColumnName, ColumnDescription, ColumnKeywords and ColumnType
     * metadata of 《政府网站发展指引》 describe it.
     *
     * @param keywords words separated by commas
     * @param type     a column type of the guideline's list (首页, 工作动态 …)
     */
    public record Column(String name, String description, String keywords, String type) {
    }

    /**
     * The metadata of a content page: ArticleTitle, PubDate, ContentSource, Keywords, Author, Image.
     *
     * @param source   who reported the content (departments, or the publisher)
     * @param keywords words separated by commas, or empty
     * @param author   the responsible editor, or empty
     * @param image    the site path or full URL of the content's first image, or null
     */
    public record Content(String title, LocalDate date, String source, String keywords, String author, String image) {

        /** PubDate as the guideline writes it, YYYY-MM-DD HH:MM; an issue carries its date only, so the time is 00:00. */
        public String pubDate() {
            return date + " 00:00";
        }
    }

    public PageMeta {
        breadcrumbs = List.copyOf(breadcrumbs);
        feeds = List.copyOf(feeds);
    }
}
