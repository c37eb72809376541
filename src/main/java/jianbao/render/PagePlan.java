package jianbao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jianbao.model.Article;
import jianbao.model.Attachment;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Excerpt;
import jianbao.model.FreePage;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.Site;
import jianbao.model.SiteIdentity;
import jianbao.parallel.ParallelLoop;
import jianbao.render.PageMeta.Column;
import jianbao.render.PageMeta.Content;
import jianbao.render.PageMeta.Crumb;
import jianbao.render.PageMeta.FeedLink;

/**
 * Every page of the site, with its URL, template and context. This is the only place that decides
 * which pages exist, so the sitemap, the link check and the renderer all agree.
 */
public final class PagePlan {

    /** How many issues the home page lists besides the latest. */
    static final int RECENT_ISSUES = 10;
    private static final int DESCRIPTION_LENGTH = 120;
    private static final String RSS = "application/rss+xml";
    private static final String ATOM = "application/atom+xml";
    private static final String JSON_FEED = "application/feed+json";
    private static final Pattern IMAGE = Pattern.compile("<img [^>]*?src=\"([^\"]+)\"");

    private final Site site;
    private final Labels labels;
    private final IssueNames names;
    private final Map<IssueId, Issue> issuesById;
    private final Map<Department, List<Entry>> entriesByDepartment;
    private final Column homeColumn;
    private final Column archiveColumn;
    private final Column departmentsColumn;
    private final Column searchColumn;
    private final Column siteMapColumn;
    /** The feeds every page advertises, made once: the same three links on every one of a large archive's pages. */
    private final List<FeedLink> siteFeeds;
    /** The pages of issues, articles and departments this plan made, by what they were made from. */
    private final Made made = new Made();
    /** What the plan before this one made, when the settings and labels are the same; let go once this plan is made. */
    private Made before;

    /**
     * The pages an issue, an article or a department's list were planned from: serve's rebuild keeps
     * them, so that the next plan takes the same page for the same objects instead of making it
     * again. Objects are compared by identity: a cached parse gives the very same issue.
     */
    private static final class Made {
        final Map<Issue, PageSpec> issues = new IdentityHashMap<>();
        final Map<Article, ArticlePage> articles = new IdentityHashMap<>();
        final Map<Department, DepartmentPages> departments = new HashMap<>();
        Sitemap sitemap;
    }

    /** The sitemap with the pages it lists and an entry for each. */
    private record Sitemap(List<PageSpec> pages, List<SitemapEntry> entries, PageSpec page) {
    }

    /** An article's page with the articles it links to as the previous and next. */
    private record ArticlePage(Article previous, Article next, PageSpec page) {
    }

    /** A department's pages with the entries they list. */
    private record DepartmentPages(List<Entry> entries, List<PageSpec> pages) {
    }

    public PagePlan(Site site, Labels labels) {
        this(site, labels, null);
    }

    /**
     * A plan that takes from {@code previous}, a plan of an earlier version of the site with the
     * same settings, labels and templates, the pages made from the same issues, articles and lists.
     */
    public PagePlan(Site site, Labels labels, PagePlan previous) {
        this.site = site;
        this.labels = labels;
        this.names = new IssueNames(labels);
        this.issuesById = site.issues().stream().collect(Collectors.toMap(Issue::id, i -> i));
        this.entriesByDepartment = site.entriesByDepartment();
        this.homeColumn = column(labels.text("home.title"), site.config().description(), SiteIdentity.HOME_COLUMN_TYPE);
        this.archiveColumn = column("archive");
        this.departmentsColumn = column("departments");
        this.searchColumn = column("search");
        this.siteMapColumn = column("site_map");
        this.siteFeeds = siteFeeds();
        this.before = previous == null ? new Made() : previous.made;
    }

    /** A file beside an issue that its page lists, with the site path it is published at. */
    public record Download(Attachment attachment, String path) {
    }

    /** The sections of the site listed on the site map page, each with the pages that lead into it. */
    public record SiteMap(List<YearGroup> years, List<KindGroup> departments, List<FeedLink> feeds) {
    }

    /** A line of a list of entries: the entry and the issue it was printed in. */
    public record EntryItem(Entry entry, Issue issue, String title) {
    }

    /** A department with how many entries it reported. */
    public record DepartmentCount(Department department, int count) {
    }

    /** Departments of one kind (镇/街道, 区直部门 …). */
    public record KindGroup(String kind, List<DepartmentCount> departments) {
    }

    /** The issues of one year, newest first. */
    public record YearGroup(int year, List<Issue> issues) {
    }

    /** Links to the other pages of a paginated list. */
    public record Pagination(int current, int total, String previous, String next, List<String> pages) {
    }

    public List<PageSpec> pages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(home());
        pages.add(archive());
        List<Article> chronological = new ArrayList<>();
        for (int i = site.issues().size() - 1; i >= 0; i--) {
            chronological.addAll(site.issues().get(i).articles());
        }
        // The pages of issues, articles and departments, most of a large archive's, are planned on
        // every core; the list keeps their order.
        List<PageSpec> issuePages = ParallelLoop.map(site.issues(),
                issue -> before.issues.containsKey(issue) ? before.issues.get(issue) : issuePage(issue));
        List<PageSpec> articlePages = ParallelLoop.map(chronological.size(), i -> articlePage(chronological.get(i),
                i > 0 ? chronological.get(i - 1) : null, i + 1 < chronological.size() ? chronological.get(i + 1) : null));
        for (int i = 0; i < issuePages.size(); i++) {
            made.issues.put(site.issues().get(i), issuePages.get(i));
        }
        for (int i = 0; i < articlePages.size(); i++) {
            made.articles.put(chronological.get(i), new ArticlePage(i > 0 ? chronological.get(i - 1) : null,
                    i + 1 < chronological.size() ? chronological.get(i + 1) : null, articlePages.get(i)));
        }
        pages.addAll(issuePages);
        pages.addAll(articlePages);
        pages.add(departmentIndex());
        List<Map.Entry<Department, List<Entry>>> departments = List.copyOf(entriesByDepartment.entrySet());
        List<List<PageSpec>> departmentPages = ParallelLoop.map(departments,
                department -> departmentPages(department.getKey(), department.getValue()));
        for (int i = 0; i < departments.size(); i++) {
            made.departments.put(departments.get(i).getKey(), new DepartmentPages(departments.get(i).getValue(), departmentPages.get(i)));
            pages.addAll(departmentPages.get(i));
        }
        site.pages().forEach(page -> pages.add(freePage(page)));
        pages.add(search());
        pages.add(siteMap());
        String notFound = labels.text("not_found.title");
        pages.add(new PageSpec("404.html", "404", Map.of("page", meta(notFound, site.config().description(), "404.html",
                column(notFound, site.config().description()), null, List.of(new Crumb(notFound, null))))));
        pages.add(sitemap(pages));
        pages.add(new PageSpec("robots.txt", "robots", Map.of()));
        before = new Made();
        return pages;
    }

    /** A public page for sitemap.xml, with the date of its content where it has one. */
    public record SitemapEntry(String path, java.time.LocalDate lastModified) {
    }

    /**
     * sitemap.xml: an entry per public page. An entry of a page taken from the last plan is taken
     * too, and if every one is, the last sitemap is: a large archive has one entry per article.
     */
    private PageSpec sitemap(List<PageSpec> pages) {
        List<PageSpec> listed = pages.stream().filter(page -> page.file().endsWith(".html") && !page.path().equals("404.html")
                && !page.path().equals(SiteUrls.search())).toList();
        List<SitemapEntry> entries = new ArrayList<>(listed.size());
        boolean aligned = before.sitemap != null && before.sitemap.pages.size() == listed.size();
        boolean same = aligned;
        for (int i = 0; i < listed.size(); i++) {
            PageSpec page = listed.get(i);
            if (aligned && before.sitemap.pages.get(i) == page) {
                entries.add(before.sitemap.entries.get(i));
            } else {
                same = false;
                entries.add(new SitemapEntry(page.path(), ((PageMeta) page.context().get("page")).pubDate()));
            }
        }
        PageSpec sitemap = same ? before.sitemap.page : new PageSpec("sitemap.xml", "sitemap", Map.of("entries", entries));
        made.sitemap = new Sitemap(listed, entries, sitemap);
        return sitemap;
    }

    private PageSpec home() {
        List<Issue> issues = site.issues();
        Map<String, Object> context = new HashMap<>();
        context.put("latest", issues.isEmpty() ? null : issues.get(0));
        context.put("recent", issues.stream().skip(1).limit(RECENT_ISSUES).toList());
        context.put("page", meta(site.config().title(), site.config().description(), SiteUrls.home(), homeColumn,
                issues.isEmpty() ? null : issues.get(0).date(), List.of()));
        return new PageSpec(SiteUrls.home(), "home", context);
    }

    private PageSpec archive() {
        return new PageSpec(SiteUrls.archive(), "archive", Map.of("years", years(),
                "page", meta(archiveColumn.name(), archiveColumn.description(), SiteUrls.archive(), archiveColumn,
                        null, List.of(new Crumb(archiveColumn.name(), null)))));
    }

    private List<YearGroup> years() {
        Map<Integer, List<Issue>> byYear = new LinkedHashMap<>();
        site.issues().forEach(issue -> byYear.computeIfAbsent(issue.year(), y -> new ArrayList<>()).add(issue));
        return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
    }

    private PageSpec issuePage(Issue issue) {
        String title = names.title(issue);
        String description = issue.articles().stream().map(Article::headline).collect(Collectors.joining("；"));
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("attachments", downloads(issue));
        Content content = new Content(title, issue.date(), issue.publisher(),
                keywords(Stream.concat(issue.articles().stream(), issue.briefs().stream())), issue.footer().editor(),
                issue.articles().stream().map(article -> firstImage(article)).filter(Objects::nonNull).findFirst().orElse(null));
        context.put("page", new PageMeta(title, abbreviate(description), SiteUrls.issue(issue.id()), archiveColumn,
                issue.date(), content,
                List.of(new Crumb(archiveColumn.name(), SiteUrls.archive()), new Crumb(issueNumber(issue), null)),
                "article", siteFeeds));
        return new PageSpec(SiteUrls.issue(issue.id()), "issue", context);
    }

    private PageSpec articlePage(Article article, Article previous, Article next) {
        ArticlePage planned = before.articles.get(article);
        if (planned != null && planned.previous == previous && planned.next == next) {
            return planned.page;
        }
        Issue issue = issuesById.get(article.issueId());
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("article", article);
        context.put("previous", previous);
        context.put("next", next);
        String sources = article.departments().stream().map(Department::name).collect(Collectors.joining("、"));
        Content content = new Content(article.headline(), issue.date(), sources.isEmpty() ? issue.publisher() : sources,
                keywords(Stream.of(article)), issue.footer().editor(), firstImage(article));
        PageMeta meta = new PageMeta(article.headline(), abbreviate(article.text()), SiteUrls.article(article),
                archiveColumn, issue.date(), content,
                List.of(new Crumb(archiveColumn.name(), SiteUrls.archive()),
                        new Crumb(issueNumber(issue), SiteUrls.issue(issue.id())),
                        new Crumb(article.headline(), null)),
                "article", siteFeeds);
        context.put("page", meta);
        return new PageSpec(SiteUrls.article(article), "article", context);
    }

    private PageSpec departmentIndex() {
        return new PageSpec(SiteUrls.departments(), "departments", Map.of("groups", departmentGroups(),
                "page", meta(departmentsColumn.name(), departmentsColumn.description(), SiteUrls.departments(),
                        departmentsColumn, null, List.of(new Crumb(departmentsColumn.name(), null)))));
    }

    private List<KindGroup> departmentGroups() {
        Map<String, List<DepartmentCount>> byKind = new LinkedHashMap<>();
        entriesByDepartment.forEach((department, entries) -> byKind
                .computeIfAbsent(department.kind().isEmpty() ? labels.text("departments.other_kind") : department.kind(),
                        k -> new ArrayList<>())
                .add(new DepartmentCount(department, entries.size())));
        return byKind.entrySet().stream().map(e -> new KindGroup(e.getKey(), e.getValue())).toList();
    }

    private List<PageSpec> departmentPages(Department department, List<Entry> entries) {
        DepartmentPages planned = before.departments.get(department);
        // A page of the list depends on its own entries and on how many there are in all.
        boolean sameCount = planned != null && planned.entries.size() == entries.size();
        int perPage = site.config().itemsPerPage();
        int total = Math.max(1, (entries.size() + perPage - 1) / perPage);
        List<String> pageLinks = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            pageLinks.add(SiteUrls.department(department, n));
        }
        List<PageSpec> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            List<Entry> listed = entries.subList((n - 1) * perPage, Math.min(entries.size(), n * perPage));
            if (sameCount && sameObjects(planned.entries.subList((n - 1) * perPage, Math.min(entries.size(), n * perPage)), listed)) {
                pages.add(planned.pages.get(n - 1));
                continue;
            }
            List<EntryItem> items = listed.stream().map(this::item).toList();
            Pagination pagination = new Pagination(n, total, n > 1 ? pageLinks.get(n - 2) : null,
                    n < total ? pageLinks.get(n) : null, pageLinks);
            String title = n > 1 ? labels.text("department.page_title", Map.of("name", department.name(), "page", n))
                    : department.name();
            List<Crumb> crumbs = List.of(new Crumb(departmentsColumn.name(), SiteUrls.departments()),
                    new Crumb(department.name(), null));
            List<FeedLink> feeds = new ArrayList<>(departmentFeeds(department));
            feeds.addAll(siteFeeds);
            PageMeta meta = new PageMeta(title, labels.text("department.description",
                    Map.of("name", department.name(), "count", entries.size())),
                    pageLinks.get(n - 1), departmentsColumn, items.isEmpty() ? null : items.get(0).issue().date(),
                    null, crumbs, "website", feeds);
            Map<String, Object> context = new HashMap<>();
            context.put("department", department);
            context.put("items", items);
            context.put("count", entries.size());
            context.put("pagination", pagination);
            context.put("page", meta);
            pages.add(new PageSpec(pageLinks.get(n - 1), "department", context));
        }
        return pages;
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private EntryItem item(Entry entry) {
        String title = entry.title();
        return new EntryItem(entry, issuesById.get(entry.issueId()), title);
    }

    /** The search page; its index files are written by jianbao.search.SearchIndexWriter. */
    private PageSpec search() {
        List<Department> departments = entriesByDepartment.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        List<Integer> years = site.issues().stream().map(Issue::year).distinct().toList();
        return new PageSpec(SiteUrls.search(), "search", Map.of("departments", departments, "years", years,
                "page", meta(searchColumn.name(), searchColumn.description(), SiteUrls.search(),
                        searchColumn, null, List.of(new Crumb(searchColumn.name(), null)))));
    }

    /** The 网站地图 page: every section of the site and the way into it. */
    private PageSpec siteMap() {
        List<KindGroup> departments = departmentGroups().stream()
                .map(group -> new KindGroup(group.kind(), group.departments().stream().filter(dc -> dc.count() > 0).toList()))
                .filter(group -> !group.departments().isEmpty()).toList();
        return new PageSpec(SiteUrls.siteMap(), "site-map", Map.of("siteMap", new SiteMap(years(), departments, siteFeeds),
                "page", meta(siteMapColumn.name(), siteMapColumn.description(), SiteUrls.siteMap(), siteMapColumn, null,
                        List.of(new Crumb(siteMapColumn.name(), null)))));
    }

    private PageSpec freePage(FreePage page) {
        return new PageSpec(SiteUrls.freePage(page), "page", Map.of("content", page,
                "page", meta(page.title(), page.description(), SiteUrls.freePage(page),
                        column(page.title(), page.description()), null, List.of(new Crumb(page.title(), null)))));
    }

    /** The frame of a page that is not a content page. */
    private PageMeta meta(String title, String description, String path, Column column, java.time.LocalDate date,
                          List<Crumb> crumbs) {
        return new PageMeta(title, description, path, column, date, null, crumbs, "website", siteFeeds);
    }

    /** A section named by the labels {@code <key>.title} and {@code <key>.description}. */
    private Column column(String key) {
        return column(labels.text(key + ".title"), labels.text(key + ".description", Map.of("title", site.config().title())));
    }

    /** 2024年第45期. */
    private String issueNumber(Issue issue) {
        return names.yearAndNumber(issue.id());
    }

    private Column column(String name, String description) {
        return column(name, description, site.config().identity().columnType());
    }

    /** A column whose keywords are its name, the site's title and the keywords of site.yaml. */
    private Column column(String name, String description, String type) {
        String keywords = Stream.concat(Stream.of(site.config().title(), name), site.config().identity().keywords().stream())
                .distinct().collect(Collectors.joining(","));
        return new Column(name, description, keywords, type);
    }

    /** The Keywords of a content page: the departments that reported its entries. */
    private static String keywords(Stream<? extends Entry> entries) {
        return entries.flatMap(entry -> entry.departments().stream()).map(Department::name).distinct()
                .collect(Collectors.joining(","));
    }

    /**
     * The files beside an issue that its page lists for download: all of them but the images that
     * its articles and briefs show.
     */
    private static List<Download> downloads(Issue issue) {
        if (issue.attachments().isEmpty()) {
            return List.of();
        }
        Set<String> shown = new HashSet<>();
        Stream.concat(issue.articles().stream().filter(article -> article.body().hasImages()).map(Article::bodyHtml),
                        issue.briefs().stream().map(Brief::html))
                .forEach(html -> IMAGE.matcher(html).results()
                        .forEach(m -> shown.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1), true))));
        return issue.attachments().stream().filter(attachment -> !shown.contains(attachment.path()))
                .map(attachment -> new Download(attachment, SiteUrls.attachment(issue.id(), attachment))).toList();
    }

    /** The first image of an article, as a site path when it lies beside the issue, or null. */
    private static String firstImage(Article article) {
        if (!article.body().hasImages()) {
            return null;
        }
        Matcher m = IMAGE.matcher(article.bodyHtml());
        if (!m.find()) {
            return null;
        }
        String src = org.jsoup.parser.Parser.unescapeEntities(m.group(1), true);
        return src.startsWith("/") || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? src : SiteUrls.issue(article.issueId()) + src;
    }

    /** The feeds every page advertises: the whole bulletin in each format. */
    private List<FeedLink> siteFeeds() {
        Map<String, Object> title = Map.of("title", site.config().title());
        return List.of(new FeedLink(labels.text("feeds.rss", title), SiteUrls.siteRss(), RSS),
                new FeedLink(labels.text("feeds.atom", title), SiteUrls.siteAtom(), ATOM),
                new FeedLink(labels.text("feeds.json_feed", title), SiteUrls.siteJsonFeed(), JSON_FEED));
    }

    /**
     * A department's own feeds, which its pages advertise before the site's, so that a reader given
     * the page's address subscribes to the department.
     */
    private List<FeedLink> departmentFeeds(Department department) {
        Map<String, Object> title = Map.of("title", labels.text("feeds.department_title",
                Map.of("title", site.config().title(), "department", department.name())));
        return List.of(new FeedLink(labels.text("feeds.rss", title), SiteUrls.departmentRss(department), RSS),
                new FeedLink(labels.text("feeds.atom", title), SiteUrls.departmentAtom(department), ATOM));
    }

    private static String abbreviate(String text) {
        return Excerpt.of(text, DESCRIPTION_LENGTH);
    }
}
