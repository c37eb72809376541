package jianbao.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import jianbao.content.ContentLoader;
import jianbao.content.Problems;
import jianbao.feeds.SiteFeeds;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.output.SiteFiles;
import jianbao.output.StagedSite;
import jianbao.render.PagePlan;
import jianbao.render.PageRenderer;
import jianbao.render.PageSpec;
import jianbao.render.SiteUrls;
import jianbao.render.Theme;
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
     */
    private static final ForkJoinPool WORKERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setDaemon(true);
                return thread;
            }, null, false);

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
        ContentLoader.Result loaded = ContentLoader.load(options.content(), options.loading());
        if (loaded.site().isEmpty()) {
            return new Result(loaded.problems(), null, 0);
        }
        Site site = loaded.site().get();
        Theme theme = theme(options, site);
        try (StagedSite staged = StagedSite.begin(options.output(), List.of(options.content(), options.themes()))) {
            // The templates are compiled and the pages planned while the feeds and search index are written.
            alongsideOutputStages(site, staged, () -> writePages(site, theme, renderer(site, theme), plan(site), staged, progress));
            staged.commit();
            return new Result(loaded.problems(), site, staged.fileCount());
        }
    }

    /** Renders every page of {@code pages}, the site's plan, and writes every file of the site. */
    public static void writeAll(Site site, Theme theme, PageRenderer renderer, List<PageSpec> pages, SiteFiles files,
                                BuildProgress progress) {
        alongsideOutputStages(site, files, () -> writePages(site, theme, renderer, pages, files, progress));
    }

    /**
     * Runs {@code pages} while the feeds and the search index, which need no page, are written on
     * another thread; returns when both are done, and fails if either did.
     */
    private static void alongsideOutputStages(Site site, SiteFiles files, Runnable pages) {
        ForkJoinTask<?> stages = ForkJoinTask.adapt(() -> writeOutputStages(site, files)).fork();
        try {
            pages.run();
        } finally {
            stages.quietlyJoin();
        }
        stages.join();
    }

    private static void writePages(Site site, Theme theme, PageRenderer renderer, List<PageSpec> pages, SiteFiles files,
                                   BuildProgress progress) {
        progress.planned(pages.size());
        pages.parallelStream().forEach(page -> {
            files.write(page.file(), renderer.render(page));
            progress.pageWritten();
        });
        copiedFiles(site, theme).forEach((target, source) -> files.copy(source, target));
    }

    public static Theme theme(Options options, Site site) {
        return Theme.of(options.themes(), site.config().theme());
    }

    public static PageRenderer renderer(Site site, Theme theme) {
        return new PageRenderer(site, theme, urls(site));
    }

    public static SiteUrls urls(Site site) {
        return new SiteUrls(site.config().baseUrl());
    }

    /** Every page to render, from the page plan. */
    public static List<PageSpec> plan(Site site) {
        return new PagePlan(site).pages();
    }

    /** Files published as they are, by their path in the site: theme assets and files beside issues. */
    public static Map<String, Path> copiedFiles(Site site, Theme theme) {
        Map<String, Path> copied = new TreeMap<>();
        theme.staticFiles().forEach((name, source) -> copied.put(SiteUrls.asset(name), source));
        for (Issue issue : site.issues()) {
            for (Path attachment : issue.attachments()) {
                copied.put(SiteUrls.issue(issue.id()) + attachment.toString().replace('\\', '/'),
                        issue.source().getParent().resolve(attachment));
            }
        }
        return copied;
    }

    /** The stages that write files from the whole site after the pages (feeds, search index). */
    public static List<OutputStage> outputStages() {
        return List.of(
                (site, urls, files) -> SiteFeeds.files(site, urls).forEach(files::write),
                (site, urls, files) -> new SearchIndexWriter().write(site, urls, files));
    }

    public static void writeOutputStages(Site site, SiteFiles files) {
        SiteUrls urls = urls(site);
        outputStages().forEach(stage -> stage.write(site, urls, files));
    }
}
