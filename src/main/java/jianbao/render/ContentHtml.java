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

    private final SiteUrls urls;
    private final boolean absolute;

    public ContentHtml(SiteUrls urls, boolean absolute) {
        this.urls = urls;
        this.absolute = absolute;
    }

    public String html(Entry entry) {
        String html = entry instanceof Article article ? article.bodyHtml() : ((Brief) entry).html();
        if (!html.contains("=\"")) {
            return html;
        }
        String issuePath = SiteUrls.issue(entry.issueId());
        Document fragment = Jsoup.parseBodyFragment(html);
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
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    private static boolean isRelative(String link) {
        return !link.isEmpty() && !link.startsWith("/") && !hasScheme(link);
    }

    private static boolean hasScheme(String link) {
        return link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
