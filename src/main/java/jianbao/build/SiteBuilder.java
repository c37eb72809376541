package jianbao.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;
import jianbao.check.LanguageCheck;
import jianbao.content.BodyFile;
import jianbao.content.ContentLoader;
import jianbao.content.IssueCache;
import jianbao.content.Problems;
import jianbao.content.SiteConfigLoader;
import jianbao.feeds.SiteFeeds;
import jianbao.model.Attachment;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.model.SiteIdentity.PartyMark;
import jianbao.output.OutputFolder;
import jianbao.output.SiteFiles;
import jianbao.output.StagedSite;
import jianbao.parallel.ParallelLoop;
import jianbao.render.Labels;
import jianbao.render.PagePlan;
import jianbao.render.PageRenderer;
import jianbao.render.PageSpec;
import jianbao.render.SiteUrls;
import jianbao.render.Theme;
import jianbao.search.SearchIndex;
import jianbao.search.SearchIndexWriter;

/**
 * Orchestrates a build: read content, plan the pages, render them, write the feeds, and put the new
 * site in place of the old one. It holds no logic of its own beyond the order of the stages, which
 * it also lends to the rebuild of serve mode ({@code jianbao.serve.IncrementalBuilder}), so both
 * produce the same files.
 */
public final class SiteBuilder {

    /**
     * @param content   the content/ folder
     * @param themes    the themes/ folder (a missing one means the default theme from the jar)
     * @param output    the site/ folder to replace
     */
    public record Options(Path content, Path themes, Path output, ContentLoader.Options loading) {

        /** The usual layout: content/ and themes/ side by side. */
        public static Options of(Path content, Path output, ContentLoader.Options loading) {
            return new Options(content, themesBeside(content), output, loading);
        }

        /** The themes/ folder beside a content/ folder. */
        public static Path themesBeside(Path content) {
            return content.toAbsolutePath().normalize().getParent().resolve("themes");
        }
    }

    /** What a build did: the problems found and, when it succeeded, the files written. */
    public record Result(Problems problems, Site site, int filesWritten) {

        public boolean succeeded() {
            return !problems.hasErrors() && site != null;
        }
    }

    private SiteBuilder() {
    }

    public static Result build(Options options) {
        return build(options, BuildProgress.NONE);
    }

    public static Result build(Options options, BuildProgress progress) {
        try {
            return WORKERS.submit(() -> buildOnWorkers(options, progress)).join();
        } catch (RuntimeException failure) {
            throw thrownOnWorker(failure);
        }
    }

    /**
     * The threads a build runs on, one per core. The common pool has one thread fewer, counting on
     * the caller to help, which it cannot while it waits for feeds and search written alongside the pages.
     * When memory runs out while the pool itself records a task's failure, the error escapes the
     * task and ends its thread; the build fails with the same error and says so plainly, so the
     * thread's end is not printed as well (anything else is, as by default).
     */
    private static final ForkJoinPool WORKERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setDaemon(true);
                return thread;
            }, (thread, error) -> {
                if (!(error instanceof OutOfMemoryError)) {
                    thread.getThreadGroup().uncaughtException(thread, error);
                }
            }, false);

    /**
     * The exception a worker threw. Joining a task rethrows a copy whose message is the original's
     * class name and message; people should read the original message.
     */
    private static RuntimeException thrownOnWorker(RuntimeException joined) {
        RuntimeException original = joined;
        while (original.getCause() instanceof RuntimeException cause && cause.getClass() == original.getClass()) {
            original = cause;
        }
        return original;
    }

    private static Result buildOnWorkers(Options options, BuildProgress progress) {
        // The articles' bodies wait in a file of their own until pages, feeds and the search index read them.
        try (BodyFile bodies = BodyFile.create()) {
            return buildOnWorkers(options, progress, bodies);
        }
    }

    private static Result buildOnWorkers(Options options, BuildProgress progress, BodyFile bodies) {
        ContentLoader.Result loaded = load(options.content(), options.loading(), bodies);
        if (loaded.site().isEmpty() || loaded.problems().hasErrors()) {
            return new Result(loaded.problems(), null, 0);
        }
        Site site = loaded.site().get();
        Problems problems = loaded.problems();
        Optional<Theme> theme = theme(options.content(), options.themes(), site, problems);
        Optional<Labels> labels = theme.flatMap(found -> labels(found, problems));
        if (labels.isEmpty()) {
            return new Result(problems, null, 0);
        }
        try (OutputFolder folder = OutputFolder.take(options.output(), List.of(options.content(), options.themes()));
             StagedSite staged = folder.stage()) {
            // The templates are compiled and the pages planned while the feeds and search index are written.
            alongsideOutputStages(site, labels.get(), new SiteFeeds(), staged, () -> writePages(site, theme.get(),
                    renderer(site, theme.get(), labels.get()), plan(site, labels.get()), staged, progress));
            staged.commit();
            return new Result(problems, site, staged.fileCount());
        } catch (PageRenderer.TemplateException e) {
            report(e, problems);
            return new Result(problems, null, 0);
        }
    }

    /**
     * Reads the content, with the language check that content/site.yaml and content/words.yaml set
     * run on each issue file as it is read (problems of those settings are among the problems).
     * {@code cache}, when given, keeps the parses and findings of files that did not change (serve).
     */
    public static ContentLoader.Result load(Path content, ContentLoader.Options loading, IssueCache cache) {
        return load(content, loading, checked -> ContentLoader.load(content, checked, cache));
    }

    /** Reads the content like {@link #load(Path, ContentLoader.Options, IssueCache)}, keeping the articles' bodies in {@code bodies}. */
    public static ContentLoader.Result load(Path content, ContentLoader.Options loading, BodyFile bodies) {
        return load(content, loading, checked -> ContentLoader.load(content, checked, bodies));
    }

    /** Reads the content with {@code loader}, given the options with the language check. */
    private static ContentLoader.Result load(Path content, ContentLoader.Options loading,
                                             Function<ContentLoader.Options, ContentLoader.Result> loader) {
        Problems settings = new Problems();
        ContentLoader.Result loaded = loader.apply(loading.withCheck(LanguageCheck.of(content, settings)));
        settings.all().forEach(loaded.problems()::add);
        return loaded;
    }

    /**
     * Everything a build does except writing: the theme is read, every page is rendered and the feeds
     * and search index are made, so that check finds whatever would make build fail.
     *
     * @return the problems found, besides those of the content
     */
    public static Problems rehearse(Path content, Path themes, Site site) {
        Problems problems = new Problems();
        Optional<Theme> theme = theme(content, themes, site, problems);
        Optional<Labels> labels = theme.flatMap(found -> labels(found, problems));
        if (labels.isEmpty()) {
            return problems;
        }
        SiteFiles discarded = new SiteFiles() {
            @Override
            public void write(String relativePath, byte[] bytes) {
            }

            @Override
            public void copy(Path source, String relativePath) {
            }
        };
        try {
            WORKERS.submit(() -> writeAll(site, theme.get(), renderer(site, theme.get(), labels.get()),
                    plan(site, labels.get()), new SiteFeeds(), discarded, BuildProgress.NONE)).join();
        } catch (RuntimeException failure) {
            if (thrownOnWorker(failure) instanceof PageRenderer.TemplateException e) {
                report(e, problems);
            } else {
                throw thrownOnWorker(failure);
            }
        }
        return problems;
    }

    /** Reports a template error at the template's file and line. */
    public static void report(PageRenderer.TemplateException error, Problems problems) {
        problems.error(error.file(), error.line(), error.reason());
    }

    /**
     * Renders every page of {@code pages}, the site's plan, and writes every file of the site, the
     * feeds with {@code feeds}; returns the search index written.
     */
    public static SearchIndex writeAll(Site site, Theme theme, PageRenderer renderer, List<PageSpec> pages, SiteFeeds feeds,
                                       SiteFiles files, BuildProgress progress) {
        return alongsideOutputStages(site, renderer.labels(), feeds, files,
                () -> writePages(site, theme, renderer, pages, files, progress));
    }

    /**
     * Runs {@code pages} while the feeds and the search index, which need no page, are written on
     * another thread; returns when both are done, and fails if either did.
     */
    private static SearchIndex alongsideOutputStages(Site site, Labels labels, SiteFeeds feeds, SiteFiles files, Runnable pages) {
        ForkJoinTask<SearchIndex> stages = ForkJoinTask.adapt(() -> writeOutputStages(site, labels, feeds, files)).fork();
        try {
            pages.run();
        } finally {
            stages.quietlyJoin();
        }
        return stages.join();
    }

    private static void writePages(Site site, Theme theme, PageRenderer renderer, List<PageSpec> pages, SiteFiles files,
                                   BuildProgress progress) {
        progress.planned(pages.size());
        ParallelLoop.forEach(pages, page -> {
            files.write(page.file(), renderer.render(page));
            progress.pageWritten();
        });
        copiedFiles(site, theme).forEach((target, source) -> files.copy(source, target));
    }

    /**
     * The theme site.yaml names, or empty after reporting why it cannot be used: no such folder under
     * {@code themes} (reported at the theme line of site.yaml), or links in it leading out of it.
     */
    public static Optional<Theme> theme(Path content, Path themes, Site site, Problems problems) {
        Theme theme;
        try {
            theme = Theme.of(themes, site.config().theme());
        } catch (Theme.NotFound e) {
            Path settings = content.resolve("site.yaml");
            problems.error(settings, SiteConfigLoader.lineOf(settings, "theme"), e.getMessage());
            return Optional.empty();
        }
        theme.refused().forEach(refusal -> problems.error(refusal.file(), 0, refusal.reason()));
        return theme.refused().isEmpty() ? Optional.of(theme) : Optional.empty();
    }

    /** The theme's labels, or empty after reporting every mistake in its labels.yaml at its line. */
    public static Optional<Labels> labels(Theme theme, Problems problems) {
        try {
            return Optional.of(Labels.load(theme));
        } catch (Labels.LabelsException e) {
            e.problems().forEach(p -> problems.error(p.file(), p.line(), p.message()));
            return Optional.empty();
        }
    }

    public static PageRenderer renderer(Site site, Theme theme, Labels labels) {
        return new PageRenderer(site, theme, labels, urls(site));
    }

    public static SiteUrls urls(Site site) {
        return new SiteUrls(site.config().baseUrl());
    }

    /** Every page to render, from the page plan. */
    public static List<PageSpec> plan(Site site, Labels labels) {
        return new PagePlan(site, labels).pages();
    }

    /**
     * Files published as they are, by their path in the site: theme assets, files beside issues and
     * the image of the 党政机关 mark.
     */
    public static Map<String, Path> copiedFiles(Site site, Theme theme) {
        Map<String, Path> copied = new TreeMap<>();
        theme.staticFiles().forEach((name, source) -> copied.put(SiteUrls.asset(name), source));
        PartyMark partyMark = site.config().identity().partyMark();
        if (partyMark != null) {
            copied.put(partyMark.image(), partyMark.file());
        }
        for (Issue issue : site.issues()) {
            for (Attachment attachment : issue.attachments()) {
                copied.put(SiteUrls.issue(issue.id()) + attachment.path(), issue.source().getParent().resolve(attachment.path()));
            }
        }
        return copied;
    }

    /** Writes the files made from the whole site besides the pages: the feeds and the search index; returns the index. */
    public static SearchIndex writeOutputStages(Site site, Labels labels, SiteFeeds feeds, SiteFiles files) {
        SiteUrls urls = urls(site);
        writeFeeds(feeds, site, urls, labels, files);
        return new SearchIndexWriter().write(site, urls, labels, files);
    }

    /** Writes every feed of the site with {@code feeds}, which keeps the feeds it made last (serve). */
    public static void writeFeeds(SiteFeeds feeds, Site site, SiteUrls urls, Labels labels, SiteFiles files) {
        feeds.make(site, urls, labels).forEach(files::write);
    }
}
