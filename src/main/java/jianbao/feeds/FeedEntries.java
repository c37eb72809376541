package jianbao.feeds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jianbao.feeds.Feed.FeedFile;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.Site;
import jianbao.render.IssueNames;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/**
 * The feeds of a site, built from the model: the whole bulletin with an entry per issue, and one
 * feed per department with an entry per article or brief it reported. Each carries the newest
 * entries up to the site's {@code feed_limit}; the rest are reached through the site (the archive,
 * the department's paginated page), which every feed links to and names in its description.
 */
public final class FeedEntries {

    /** As long as a department page's line for a brief, which has no headline of its own. */

    private final Site site;
    private final SiteUrls urls;
    private final Labels labels;
    private final IssueNames names;
    private final FeedIds ids;
    private final FeedHtml html;
    private final ZoneId zone;
    private final Map<IssueId, Issue> issues;

    public FeedEntries(Site site, SiteUrls urls, Labels labels) {
        this.site = site;
        this.urls = urls;
        this.labels = labels;
        this.names = new IssueNames(labels);
        this.ids = new FeedIds(urls.baseUrl());
        this.html = new FeedHtml(urls, labels);
        this.zone = site.config().timeZone();
        this.issues = site.issues().stream().collect(Collectors.toMap(Issue::id, Function.identity()));
    }

    /** The site feed, then every department's feed in the order of the departments page. */
    public List<Feed> all() {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(siteFeed());
        site.entriesByDepartment().forEach((department, entries) -> feeds.add(departmentFeed(department, entries)));
        return feeds;
    }

    /** The whole bulletin: an entry per issue, newest first, with the full issue as content. */
    public Feed siteFeed() {
        String title = site.config().title();
        List<FeedEntry> entries = site.issues().stream().limit(limit()).map(this::issueEntry).toList();
        String archive = urls.absolute(SiteUrls.archive());
        String description = labels.text("feeds.site_description", Map.of("description", site.config().description(),
                "limit", limit(), "archive", archive));
        List<FeedFile> files = List.of(
                file(FeedFormat.RSS, SiteUrls.siteRss()),
                file(FeedFormat.ATOM, SiteUrls.siteAtom()),
                file(FeedFormat.JSON_FEED, SiteUrls.siteJsonFeed()));
        String home = urls.absolute(SiteUrls.home());
        return new Feed(home, title, description, site.config().language(), site.config().publisher(), home, archive,
                updated(entries), entries, files);
    }

    /** What {@code department} reported: an entry per article or brief, newest first. */
    public Feed departmentFeed(Department department, List<Entry> reported) {
        List<FeedEntry> entries = reported.stream().limit(limit()).map(this::entry).toList();
        String page = urls.absolute(SiteUrls.department(department));
        String title = labels.text("feeds.department_title", Map.of("title", site.config().title(),
                "department", department.name()));
        String description = labels.text("feeds.department_description", Map.of("title", site.config().title(),
                "department", department.name(), "limit", limit(), "page", page));
        List<FeedFile> files = List.of(
                file(FeedFormat.RSS, SiteUrls.departmentRss(department)),
                file(FeedFormat.ATOM, SiteUrls.departmentAtom(department)));
        return new Feed(page, title, description, site.config().language(), site.config().publisher(), page, page,
                updated(entries), entries, files);
    }

    private FeedEntry issueEntry(Issue issue) {
        String title = names.title(issue);
        return new FeedEntry(ids.issue(issue.id()), title, urls.absolute(SiteUrls.issue(issue.id())), html.issue(issue),
                published(issue.date()), List.of());
    }

    private FeedEntry entry(Entry entry) {
        Issue issue = issues.get(entry.issueId());
        String title = entry.title();
        return new FeedEntry(ids.entry(entry), title, urls.absolute(SiteUrls.entry(entry)), html.entry(entry, issue),
                published(issue.date()), entry.departments().stream().map(Department::name).toList());
    }

    /** The newest entry's date; an empty feed takes the newest issue's, and a site without issues 1970-01-01. */
    private OffsetDateTime updated(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::published).max(Comparator.naturalOrder())
                .orElseGet(() -> published(site.issues().stream().map(Issue::date).max(Comparator.naturalOrder())
                        .orElse(LocalDate.EPOCH)));
    }

    /** Issues carry a date only: they are published at midnight in the site's time zone. */
    private OffsetDateTime published(LocalDate date) {
        return date.atStartOfDay(zone).toOffsetDateTime();
    }

    private FeedFile file(FeedFormat format, String path) {
        return new FeedFile(format, path, urls.absolute(path));
    }

    private int limit() {
        return site.config().feedLimit();
    }
}
