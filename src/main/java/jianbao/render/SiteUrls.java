package jianbao.render;

import java.net.URI;
import java.net.URISyntaxException;
import jianbao.model.Article;
import jianbao.model.Attachment;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.FreePage;
import jianbao.model.IssueId;

/**
 * The one place where URLs are computed. Paths are relative to the base URL ({@code issues/2024/45/});
 * {@link #href} turns one into a link that works at a domain root or under a sub-path, and
 * {@link #absolute} into the full URL that feeds, sitemaps and canonical links need.
 */
public final class SiteUrls {

    private final URI baseUrl;
    /** The base URL as text when it ends with a slash and has no query or fragment, else null. */
    private final String plainBase;

    public SiteUrls(URI baseUrl) {
        this.baseUrl = baseUrl;
        String base = baseUrl.toString();
        this.plainBase = base.endsWith("/") && baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null ? base : null;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** A link from any page of the site: the base URL's path followed by {@code path}. */
    public String href(String path) {
        return baseUrl.getRawPath() + path;
    }

    /**
     * The full URL of {@code path}. Pages ask for a dozen each; most are plain paths (letters,
     * digits, dots, dashes, no segment that starts with a dot), which resolve by being appended to
     * the base URL, without parsing a URI.
     */
    public String absolute(String path) {
        if (plainBase != null && isPlain(path)) {
            return plainBase + path;
        }
        return baseUrl.resolve(path).toString();
    }

    /** Whether {@code path} is segments of ASCII letters, digits, _, - and ., none empty or starting with a dot. */
    private static boolean isPlain(String path) {
        boolean segmentStart = true;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                if (segmentStart) {
                    return false;
                }
                segmentStart = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' && !segmentStart) {
                segmentStart = false;
            } else {
                return false;
            }
        }
        return !path.isEmpty();
    }

    /** The file under site/ that serves {@code path}: directories get an index.html. */
    public static String file(String path) {
        String withoutFragment = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        return withoutFragment.isEmpty() || withoutFragment.endsWith("/") ? withoutFragment + "index.html" : withoutFragment;
    }

    public static String home() {
        return "";
    }

    public static String archive() {
        return "issues/";
    }

    /** A regular issue at issues/2024/45/; a supplement or special issue, numbered on its own, at issues/2024/zengkan-3/. */
    public static String issue(IssueId id) {
        return "issues/" + id.year() + "/" + issueName(id) + "/";
    }

    /** The name of an issue within its year, in URLs and feed ids: 45, zengkan-3, zhuankan-1. */
    public static String issueName(IssueId id) {
        return id.kind().slug().isEmpty() ? Integer.toString(id.number()) : id.kind().slug() + "-" + id.number();
    }

    public static String article(Article article) {
        return issue(article.issueId()) + article.position() + "/";
    }

    /** Briefs have no page of their own: they live on their issue's page. */
    public static String brief(Brief brief) {
        return issue(brief.issueId()) + "#brief-" + brief.position();
    }

    /** A file beside an issue, its path percent-encoded (file names may hold spaces and Chinese). */
    public static String attachment(IssueId id, Attachment attachment) {
        try {
            return issue(id) + new URI(null, null, attachment.path(), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(attachment.path(), e);
        }
    }

    public static String entry(Entry entry) {
        return entry instanceof Article article ? article(article) : brief((Brief) entry);
    }

    public static String departments() {
        return "departments/";
    }

    /** A department's page; page numbers start at 1, which is the department's own URL. */
    public static String department(Department department, int page) {
        String first = "departments/" + department.slug() + "/";
        return page <= 1 ? first : first + "page/" + page + "/";
    }

    public static String department(Department department) {
        return department(department, 1);
    }

    /** The whole bulletin as RSS 2.0: an entry per issue. */
    public static String siteRss() {
        return "feed.xml";
    }

    /** The whole bulletin as Atom 1.0. */
    public static String siteAtom() {
        return "atom.xml";
    }

    /** The whole bulletin as JSON Feed 1.1. */
    public static String siteJsonFeed() {
        return "feed.json";
    }

    /** What one department reported, as RSS 2.0: an entry per article or brief. */
    public static String departmentRss(Department department) {
        return department(department) + "feed.xml";
    }

    /** What one department reported, as Atom 1.0. */
    public static String departmentAtom(Department department) {
        return department(department) + "atom.xml";
    }

    public static String freePage(FreePage page) {
        return page.name() + "/";
    }

    public static String search() {
        return "search/";
    }

    /** The 网站地图 page, which lists every section; sitemap.xml is for search engines. */
    public static String siteMap() {
        return "sitemap/";
    }

    public static String asset(String name) {
        return "assets/" + name;
    }
}
