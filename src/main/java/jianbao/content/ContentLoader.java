package jianbao.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Attachment;
import jianbao.model.Body;
import jianbao.model.Department;
import jianbao.model.FreePage;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.IssueKind;
import jianbao.model.Site;
import jianbao.model.SiteConfig;
import jianbao.model.SiteIdentity;
import jianbao.parallel.ParallelLoop;
import jianbao.source.SourceFolder;

/**
 * Reads a whole content/ folder into a {@link Site}, collecting every problem instead of stopping
 * at the first, so that the people who write content can fix them all in one go.
 */
public final class ContentLoader {

    /** 2024/045.md, 2024/zengkan-003.md, 2024/zhuankan-001/index.md: year, kind, number, file or folder. */
    private static final Pattern ISSUE_FILE = Pattern.compile("(\\d{4})/(?:(zengkan|zhuankan)-)?(\\d{1,4})(\\.md|/index\\.md)");

    /**
     * @param includeDrafts publish issues marked draft or dated after today
     * @param clock         tells today's date, in the site's time zone
     * @param baseUrl       replaces the base URL of site.yaml when present
     * @param check         runs on the text of every issue file as it is read
     */
    public record Options(boolean includeDrafts, Clock clock, Optional<URI> baseUrl, IssueTextCheck check) {

        /** Options with no check of the text. */
        public Options(boolean includeDrafts, Clock clock, Optional<URI> baseUrl) {
            this(includeDrafts, clock, baseUrl, IssueTextCheck.NONE);
        }

        public Options withCheck(IssueTextCheck check) {
            return new Options(includeDrafts, clock, baseUrl, check);
        }
    }

    /**
     * The site as read, or empty when the content has errors. The errors of the text check are among
     * the problems but leave the site, so that {@code check} still rehearses the build; a build stops
     * on them.
     *
     * @param issues     every issue that could be read, drafts and future ones included, oldest first
     * @param registered the departments of departments.yaml
     */
    public record Result(Optional<Site> site, Problems problems, List<Issue> issues, List<Department> registered) {

        public Result(Optional<Site> site, Problems problems) {
            this(site, problems, List.of(), List.of());
        }
    }

    private ContentLoader() {
    }

    public static Result load(Path contentDir, Options options) {
        return load(contentDir, options, null, Body::of);
    }

    /** Loads like {@link #load(Path, Options)}, parsing again only the issue files that changed since the last load with {@code cache}. */
    public static Result load(Path contentDir, Options options, IssueCache cache) {
        return load(contentDir, options, cache, cache == null ? Body::of : cache.bodies());
    }

    /** Loads like {@link #load(Path, Options)}, keeping the articles' bodies in {@code bodies} instead of in memory. */
    public static Result load(Path contentDir, Options options, BodyFile bodies) {
        return load(contentDir, options, null, bodies::store);
    }

    private static Result load(Path contentDir, Options options, IssueCache cache, BiFunction<String, String, Body> bodies) {
        // What the text check finds is added last, once the problems of the content decided whether there is a site.
        Problems checked = new Problems();
        Result result = read(contentDir, options, cache, bodies, checked);
        checked.all().forEach(result.problems()::add);
        return result;
    }

    private static Result read(Path contentDir, Options options, IssueCache cache, BiFunction<String, String, Body> bodies,
                               Problems checked) {
        Problems problems = new Problems();
        SourceFolder folder = folder(contentDir);
        Path siteYaml = contentDir.resolve("site.yaml");
        Optional<SiteConfig> config = (readable(folder, siteYaml, problems) ? SiteConfigLoader.load(siteYaml, problems)
                : Optional.<SiteConfig>empty()).map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        Path registryFile = contentDir.resolve("departments.yaml");
        DepartmentRegistry registry = readable(folder, registryFile, problems) ? DepartmentRegistry.load(registryFile, problems)
                : DepartmentRegistry.of(List.of());
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<FreePage> pages = FreePageLoader.load(folder, contentDir.resolve("pages"), markdown, problems);
        if (config.isEmpty()) {
            // Nothing is published without settings, but the issues are still read, so that their
            // problems are reported together with those of site.yaml; their bodies are not kept.
            SiteConfig unreadable = new SiteConfig("", "", "", URI.create("http://localhost/"), "zh-CN",
                    ZoneId.of("Asia/Shanghai"), "default", 1, 1, SiteIdentity.NONE);
            loadIssues(folder, contentDir.resolve("issues"), new IssueParser(unreadable, registry, markdown, options.check(), Body::of),
                    registry, new Found(problems, checked), null);
            return new Result(Optional.empty(), problems);
        }
        if (cache != null) {
            cache.beginLoad(config.get(), registry.registered(), options.check());
        }
        List<Issue> issues = loadIssues(folder, contentDir.resolve("issues"),
                new IssueParser(config.get(), registry, markdown, options.check(), bodies), registry, new Found(problems, checked), cache);
        checkSlugsAreUnique(registry, problems);
        if (problems.hasErrors()) {
            return new Result(Optional.empty(), problems, issues, registry.registered());
        }
        LocalDate today = LocalDate.now(options.clock().withZone(config.get().timeZone()));
        issues.stream().filter(issue -> !issue.draft() && issue.date().isAfter(today)).forEach(issue ->
                problems.warning(issue.source(), issue.lineOf("date"), "出刊日期 " + issue.date()
                        + " 还没到：这一期到那天才发布，在那之后重新生成网站时才会出现（除非加 --drafts 预览）。"));
        List<Issue> published = issues.stream()
                .filter(issue -> options.includeDrafts() || !issue.draft() && !issue.date().isAfter(today))
                .toList();
        return new Result(Optional.of(new Site(config.get(), published, registry.all(), pages)), problems, issues,
                registry.registered());
    }

    /** The content folder, under the rule that nothing outside it is read. */
    static SourceFolder folder(Path contentDir) {
        return SourceFolder.of(contentDir, contentDir.toAbsolutePath().normalize().getFileName() + "/");
    }

    /** Whether a settings file may be read: it is missing (which its loader reports), or within the content folder. */
    private static boolean readable(SourceFolder folder, Path file, Problems problems) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Optional<SourceFolder.Refusal> refusal = folder.refusal(file);
        refusal.ifPresent(r -> problems.error(r.file(), 0, r.reason()));
        return refusal.isEmpty();
    }

    /** The issue sources under content/issues/ that may be read, sorted by path. */
    public static List<Path> issueFiles(Path issuesDir) {
        return issueListing(folder(issuesDir.toAbsolutePath().normalize().getParent()), issuesDir).files();
    }

    private static SourceFolder.Listing issueListing(SourceFolder folder, Path issuesDir) {
        return folder.files(issuesDir, Integer.MAX_VALUE, p -> p.getFileName().toString().endsWith(".md"));
    }

    /** The issue a file under content/issues/ is by its place, such as 2024/045.md or 2024/045/index.md. */
    public static Optional<IssueId> issueId(Path issuesDir, Path file) {
        Matcher m = ISSUE_FILE.matcher(issuesDir.relativize(file).toString().replace('\\', '/'));
        return m.matches() ? Optional.of(issueId(m)) : Optional.empty();
    }

    private static IssueId issueId(Matcher issueFile) {
        IssueKind kind = issueFile.group(2) == null ? IssueKind.REGULAR : IssueKind.bySlug(issueFile.group(2)).orElseThrow();
        return new IssueId(Integer.parseInt(issueFile.group(1)), kind, Integer.parseInt(issueFile.group(3)));
    }

    /** Where the problems of issue files go: those of the text check apart, since they do not stop a site being made. */
    private record Found(Problems problems, Problems checked) {
    }

    private static List<Issue> loadIssues(SourceFolder folder, Path issuesDir, IssueParser parser, DepartmentRegistry registry,
                                          Found found, IssueCache cache) {
        Problems problems = found.problems();
        SourceFolder.Listing listing = issueListing(folder, issuesDir);
        report(listing, problems);
        List<Path> files = listing.files();
        List<Optional<Issue>> parsed = ParallelLoop.map(files, file -> parseIssue(folder, issuesDir, file, parser, registry, found, cache));
        if (cache != null) {
            cache.endLoad(files);
        }
        List<Issue> issues = parsed.stream().flatMap(Optional::stream).toList();
        Map<IssueId, Issue> seen = new HashMap<>();
        for (Issue issue : issues) {
            Issue first = seen.putIfAbsent(issue.id(), issue);
            if (first != null) {
                problems.error(issue.source(), 1, issue.id() + "重复：" + first.source().getFileName() + " 已经是这一期。");
            }
        }
        return issues.stream().sorted(Comparator.comparing(Issue::id)).toList();
    }

    private static Optional<Issue> parseIssue(SourceFolder folder, Path issuesDir, Path file, IssueParser parser,
                                              DepartmentRegistry registry, Found found, IssueCache cache) {
        Problems problems = found.problems();
        String relative = issuesDir.relativize(file).toString().replace('\\', '/');
        Matcher m = ISSUE_FILE.matcher(relative);
        if (!m.matches()) {
            problems.error(file, 0, "期刊文件应放在 issues/年份/期号.md（如 issues/2024/045.md）或 issues/年份/期号/index.md；"
                    + "增刊、专刊各自编号，如 issues/2024/zengkan-003.md、issues/2024/zhuankan-001.md。");
            return Optional.empty();
        }
        List<Attachment> attachments = m.group(4).equals("/index.md") ? attachments(folder, file.getParent(), problems) : List.of();
        IssueId id = issueId(m);
        if (!attachmentsBesidePages(file.getParent(), attachments, problems)) {
            return Optional.empty();
        }
        Supplier<Optional<byte[]>> read = () -> TextDecoding.readBytes(file, problems);
        Function<byte[], IssueParser.Parsed> parse = bytes -> parser.parse(file, bytes, id, attachments);
        Optional<IssueParser.Parsed> parsed = cache == null ? read.get().map(parse) : cache.get(file, attachments, registry, read, parse);
        parsed.ifPresent(p -> {
            p.problems().forEach(problems::add);
            p.checked().forEach(found.checked()::add);
        });
        return parsed.flatMap(IssueParser.Parsed::issue);
    }

    /**
     * Whether no attachment takes a path of the issue's own pages: its index.html, or a folder named
     * by a number, which is an article's page. Adds an error for each that does.
     */
    private static boolean attachmentsBesidePages(Path folder, List<Attachment> attachments, Problems problems) {
        boolean ok = true;
        for (Attachment attachment : attachments) {
            String first = attachment.path().split("/", 2)[0];
            if (first.equals("index.html") || first.matches("\\d+")) {
                problems.error(folder.resolve(first), 0, "附件名“" + first + "”与本期网页的地址冲突（"
                        + (first.equals("index.html") ? "本期的网页就是 index.html" : "第 " + first + " 条信息的网页就在这里") + "），请给它改个名字。");
                ok = false;
            }
        }
        return ok;
    }

    /** The files beside an issue's index.md, published with it, by their path relative to its folder, with their sizes. */
    private static List<Attachment> attachments(SourceFolder content, Path folder, Problems problems) {
        Path index = folder.resolve("index.md");
        SourceFolder.Listing listing = content.files(folder, Integer.MAX_VALUE,
                p -> !p.equals(index) && !p.getFileName().toString().startsWith("."));
        report(listing, problems);
        return listing.files().stream().sorted()
                .map(p -> new Attachment(folder.relativize(p).toString().replace('\\', '/'), size(p))).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(SourceFolder.Listing listing, Problems problems) {
        listing.refused().forEach(refusal -> problems.error(refusal.file(), 0, refusal.reason()));
    }

    /**
     * Reports a department named in content whose pinyin slug is already taken, where the content
     * names it; slugs within the registry are checked where it is read, with their lines.
     */
    private static void checkSlugsAreUnique(DepartmentRegistry registry, Problems problems) {
        Map<String, Department> bySlug = new HashMap<>();
        Set<Department> reported = new HashSet<>();
        for (Department department : registry.all()) {
            Department other = bySlug.putIfAbsent(department.slug(), department);
            if (other == null || other.equals(department) || other.registered() && department.registered()) {
                continue;
            }
            for (Department named : List.of(other, department)) {
                Department otherOne = named == other ? department : other;
                if (!named.registered() && reported.add(named)) {
                    registry.firstMention(named).ifPresent(at -> problems.error(at.file(), at.line(), "供稿单位“" + named.name()
                            + "”和“" + otherOne.name() + "”的页面地址都是 " + department.slug()
                            + "。请在 departments.yaml 中登记“" + named.name() + "”，并给它一个不同的 slug。"));
                }
            }
        }
    }
}
