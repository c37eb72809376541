package jianbao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import jianbao.build.BuildProgress;
import jianbao.build.FailureMessage;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import jianbao.content.IssueCache;
import jianbao.content.Problems;
import jianbao.feeds.SiteFeeds;
import jianbao.model.Site;
import jianbao.output.OutputFolder;
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
 * Builds a site into its folder, then rebuilds it after content or theme files change, doing only
 * the work the change needs and leaving exactly the files a full build would:
 * <ul>
 *   <li>issue files are parsed and their language checked again only if their text changed, all of
 *       them if the settings they depend on changed ({@link IssueCache});</li>
 *   <li>the pages are planned again, taking from the last plan the pages of issues, articles and
 *       department lists made from the same objects ({@link PagePlan}); only pages whose
 *       {@link PageSpec} differs from the last build's are rendered and written; pages no longer
 *       planned are deleted;</li>
 *   <li>theme assets and files beside issues are copied again only if their size or time changed;</li>
 *   <li>feeds whose entries are other objects are made again ({@link SiteFeeds}), and only the files
 *       that changed are written; the search index is
 *       mended where documents changed ({@link SearchIndexWriter#update}), or made again whole when
 *       many did;</li>
 *   <li>a change of templates, or of what every page depends on ({@link PageRenderer.SiteInputs}),
 *       renders everything again, as a full build into a staged folder.</li>
 * </ul>
 * A rebuild that fails leaves the folder as the last good build left it. Writers hold the write lock of
 * {@link #outputLock()}, so a server reading under the read lock never sees a half-applied rebuild.
 */
public final class IncrementalBuilder implements AutoCloseable {

    /**
     * What a build or rebuild did.
     *
     * @param full          whether every page was rendered
     * @param issuesParsed  issue files parsed, rather than taken from the cache
     * @param pagesRendered pages rendered
     * @param filesChanged  files written, copied or deleted in the folder
     */
    public record Outcome(Problems problems, Site site, boolean full, int issuesParsed, int pagesRendered,
                          int filesChanged, long nanos) {

        public boolean succeeded() {
            return site != null && !problems.hasErrors();
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }

    /** What a source file copied into the site was when it was copied. */
    private record Stamp(Path source, long size, FileTime modified) {
    }

    /** The state of the last good build, against which the next one is compared. */
    private record Built(PageRenderer renderer, Map<String, String> templates, PageRenderer.SiteInputs inputs,
                         PagePlan plan, List<PageSpec> pages, Map<String, PageSpec> byFile, Map<String, Stamp> copied,
                         SiteFeeds feeds, SearchIndex index) {
    }

    private final SiteBuilder.Options options;
    private final BuildProgress progress;
    private final IssueCache cache = new IssueCache();
    private final OutputFolder output;
    private final LiveFolder folder;
    private final ReadWriteLock outputLock = new ReentrantReadWriteLock();
    private Built last;

    /** Takes the output folder, which stays held until {@link #close()}, so that no build writes into it meanwhile. */
    public IncrementalBuilder(SiteBuilder.Options options, BuildProgress progress) {
        this.options = options;
        this.progress = progress;
        this.output = OutputFolder.take(options.output(), List.of(options.content(), options.themes()));
        this.folder = new LiveFolder(output.path());
    }

    /** Lets others write into the output folder again. */
    @Override
    public void close() {
        output.close();
        cache.close();
    }

    /** Held for reading while serving a file of the output folder; rebuilds hold it for writing. */
    public ReadWriteLock outputLock() {
        return outputLock;
    }

    /** Builds or rebuilds the site; the first call, and any after a template change, builds in full. */
    public synchronized Outcome rebuild() {
        long started = System.nanoTime();
        ContentLoader.Result loaded = SiteBuilder.load(options.content(), options.loading(), cache);
        Problems problems = loaded.problems();
        if (loaded.site().isEmpty() || problems.hasErrors()) {
            return new Outcome(problems, null, false, cache.parsedLastLoad(), 0, 0, System.nanoTime() - started);
        }
        Site site = loaded.site().get();
        Optional<Theme> found = SiteBuilder.theme(options.content(), options.themes(), site, problems);
        Optional<Labels> labelsFound = found.flatMap(theme -> SiteBuilder.labels(theme, problems));
        if (labelsFound.isEmpty()) {
            return new Outcome(problems, null, false, cache.parsedLastLoad(), 0, 0, System.nanoTime() - started);
        }
        Theme theme = found.get();
        Labels labels = labelsFound.get();
        try {
            Map<String, String> templates = templateDigests(theme);
            PageRenderer.SiteInputs inputs = PageRenderer.SiteInputs.of(site);
            boolean full = last == null || !templates.equals(last.templates) || !inputs.equals(last.inputs)
                    || !labels.equals(last.renderer.labels());
            // Pages made from the same issues, articles and lists as last time are taken from the last plan.
            PagePlan plan = new PagePlan(site, labels, full ? null : last.plan);
            List<PageSpec> pages = plan.pages();
            PageRenderer renderer = full ? SiteBuilder.renderer(site, theme, labels) : last.renderer;
            Map<String, Path> copies = SiteBuilder.copiedFiles(site, theme);
            Applied applied = full ? buildInFull(site, theme, renderer, pages, copies) : applyChanges(site, renderer, pages, copies);
            last = new Built(renderer, templates, inputs, plan, pages, applied.byFile, applied.copied, applied.feeds, applied.index);
            return new Outcome(problems, site, full, cache.parsedLastLoad(), applied.pagesRendered, applied.filesChanged,
                    System.nanoTime() - started);
        } catch (PageRenderer.TemplateException e) {
            SiteBuilder.report(e, problems);
        } catch (RuntimeException e) {
            problems.error(options.content(), 0, "无法生成网站：" + FailureMessage.of(e));
        }
        return new Outcome(problems, null, false, cache.parsedLastLoad(), 0, 0, System.nanoTime() - started);
    }

    /** What writing a build did, and the state of the folder it left. */
    private record Applied(int pagesRendered, int filesChanged, Map<String, PageSpec> byFile, Map<String, Stamp> copied,
                           SiteFeeds feeds, SearchIndex index) {
    }

    private Applied buildInFull(Site site, Theme theme, PageRenderer renderer, List<PageSpec> pages, Map<String, Path> copies) {
        try (StagedSite staged = output.stage()) {
            SiteFeeds feeds = new SiteFeeds();
            SearchIndex index = SiteBuilder.writeAll(site, theme, renderer, pages, feeds, staged, progress);
            outputLock.writeLock().lock();
            try {
                staged.commit();
            } finally {
                outputLock.writeLock().unlock();
            }
            return new Applied(pages.size(), staged.fileCount(), byFile(pages), stamps(copies), feeds, index);
        }
    }

    private Applied applyChanges(Site site, PageRenderer renderer, List<PageSpec> pages, Map<String, Path> copies) {
        // Pages taken from the last plan are the very same objects, at the same place in the list when no page came or went.
        boolean samePages = samePlaces(pages, last.pages);
        List<PageSpec> changedPages = IntStream.range(0, pages.size()).filter(i -> {
            PageSpec page = pages.get(i);
            PageSpec before = samePages ? last.pages.get(i) : last.byFile.get(page.file());
            return page != before && !page.equals(before);
        }).mapToObj(pages::get).toList();
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        ParallelLoop.forEach(changedPages, page ->
                rendered.put(page.file(), renderer.render(page)));
        StageOutput stages = new StageOutput(folder);
        SiteUrls urls = SiteBuilder.urls(site);
        Set<String> feedsBefore = last.feeds.files();
        // Feeds made from the same issues and entries as last time are taken as they were.
        SiteBuilder.writeFeeds(last.feeds, site, urls, renderer.labels(), stages);
        // The search index is mended where the documents changed, reading the shards to mend from the folder.
        SearchIndex index = new SearchIndexWriter().update(last.index, site, urls, renderer.labels(), folder::read, stages);
        Map<String, Path> allCopies = new TreeMap<>(copies);
        allCopies.putAll(stages.copied);
        Map<String, Stamp> stamps = stamps(allCopies);
        Set<String> removed = removed(pages, samePages, allCopies, feedsBefore, index);

        int changed = 0;
        outputLock.writeLock().lock();
        try {
            for (Map.Entry<String, byte[]> page : rendered.entrySet()) {
                folder.write(page.getKey(), page.getValue());
                changed++;
            }
            for (Map.Entry<String, Path> copy : allCopies.entrySet()) {
                if (!stamps.get(copy.getKey()).equals(last.copied.get(copy.getKey()))) {
                    folder.copy(copy.getValue(), copy.getKey());
                    changed++;
                }
            }
            for (Map.Entry<String, byte[]> file : stages.changed.entrySet()) {
                folder.write(file.getKey(), file.getValue());
                changed++;
            }
            for (String file : removed) {
                folder.delete(file);
                changed++;
            }
        } catch (RuntimeException e) {
            // The folder is part old, part new: the next rebuild builds in full instead of mending it.
            last = null;
            throw e;
        } finally {
            outputLock.writeLock().unlock();
        }
        Map<String, PageSpec> byFile = samePages ? last.byFile : byFile(pages);
        changedPages.forEach(page -> byFile.put(page.file(), page));
        return new Applied(changedPages.size(), changed, byFile, stamps, last.feeds, index);
    }

    /** Whether two plans have the same files in the same order. */
    private static boolean samePlaces(List<PageSpec> pages, List<PageSpec> before) {
        if (pages.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) != before.get(i) && !pages.get(i).file().equals(before.get(i).file())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, PageSpec> byFile(List<PageSpec> pages) {
        Map<String, PageSpec> byFile = new HashMap<>();
        pages.forEach(page -> byFile.put(page.file(), page));
        return byFile;
    }

    /**
     * The files of the last build that this one no longer has: pages no longer planned, files no
     * longer copied, feeds and search index files no longer written (unless another kind took the path).
     */
    private Set<String> removed(List<PageSpec> pages, boolean samePages, Map<String, Path> copies, Set<String> feedsBefore,
                                SearchIndex index) {
        Set<String> removed = new TreeSet<>();
        if (!samePages) {
            Set<String> planned = new HashSet<>();
            pages.forEach(page -> planned.add(page.file()));
            last.pages.stream().map(PageSpec::file).filter(file -> !planned.contains(file)).forEach(removed::add);
        }
        last.copied.keySet().stream().filter(file -> !copies.containsKey(file)).forEach(removed::add);
        Set<String> feeds = last.feeds.files();
        feedsBefore.stream().filter(file -> !feeds.contains(file)).forEach(removed::add);
        Set<String> indexFiles = index.files();
        last.index.files().stream().filter(file -> !indexFiles.contains(file)).forEach(removed::add);
        if (!removed.isEmpty()) {
            Set<String> wanted = new HashSet<>(byFile(pages).keySet());
            wanted.addAll(copies.keySet());
            wanted.addAll(feeds);
            wanted.addAll(indexFiles);
            removed.removeIf(wanted::contains);
        }
        return removed;
    }

    private static Map<String, Stamp> stamps(Map<String, Path> copies) {
        Map<String, Stamp> stamps = new HashMap<>();
        copies.forEach((target, source) -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
                stamps.put(target, new Stamp(source, attributes.size(), attributes.lastModifiedTime()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return stamps;
    }

    /** Every template of the theme, by its name, with its file and a digest of its text. */
    private static Map<String, String> templateDigests(Theme theme) {
        Map<String, String> digests = new TreeMap<>();
        theme.templates().forEach((name, file) -> {
            try {
                digests.put(name, file.toUri() + " " + digest(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return digests;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
