package jianbao.render;

import jianbao.model.Article;
import jianbao.model.Brief;
import jianbao.model.Entry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML of an article or brief as placed on a page. Relative links are taken from the issue's
 * folder, where an image beside index.md lives, and rewritten to the issue's URL, so that they lead
 * to the same place on the issue page, the article page and in feeds. With {@code absolute}, every
 * link becomes a full URL, as feed readers need (a link from the server's root, {@code /x}, is
 * taken against the base URL's host, as a browser would).
 */
public final class ContentHtml {

    /** An article's headline on an issue page, which the headings of its content follow. */
    private static final int ISSUE_HEADLINE_LEVEL = 2;

    private final SiteUrls urls;
    private final boolean absolute;

    public ContentHtml(SiteUrls urls, boolean absolute) {
        this.urls = urls;
        this.absolute = absolute;
    }

    /** The HTML of an entry under its headline on an issue page, a heading of level 2. */
    public String html(Entry entry) {
        return html(entry, ISSUE_HEADLINE_LEVEL);
    }

    /**
     * The HTML of an entry under its headline, a heading of level {@code headlineLevel}. Headings in
     * the content (### and below) are written for the issue page and move with the headline, so that
     * no page skips a heading level.
     */
    public String html(Entry entry, int headlineLevel) {
        String html = entry instanceof Article article ? article.bodyHtml() : ((Brief) entry).html();
        int shift = headlineLevel - ISSUE_HEADLINE_LEVEL;
        boolean links = html.contains("=\"");
        boolean headings = shift != 0 && html.contains("<h");
        if (!links && !headings) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        if (links) {
            rewriteLinks(fragment, SiteUrls.issue(entry.issueId()));
        }
        if (headings) {
            for (Element heading : fragment.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.normalName().charAt(1) - '0' + shift;
                heading.tagName("h" + Math.max(1, Math.min(6, level)));
            }
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    private void rewriteLinks(Document fragment, String issuePath) {
        for (Element element : fragment.select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String link = element.attr(attribute);
            if (isRelative(link)) {
                String path = issuePath + link;
                element.attr(attribute, absolute ? urls.absolute(path) : urls.href(path));
            } else if (absolute && !link.isEmpty() && !hasScheme(link)) {
                element.attr(attribute, urls.baseUrl().resolve(link).toString());
            }
        }
    }

    private static boolean isRelative(String link) {
        return !link.isEmpty() && !link.startsWith("/") && !hasScheme(link);
    }

    private static boolean hasScheme(String link) {
        return link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
