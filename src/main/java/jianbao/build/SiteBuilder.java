package jianbao.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianbao.content.ContentLoader;
import jianbao.content.Problems;
import jianbao.feeds.SiteFeeds;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.output.StagedSite;
import jianbao.render.PagePlan;
import jianbao.render.PageRenderer;
import jianbao.render.PageSpec;
import jianbao.render.SiteUrls;
import jianbao.render.Theme;
import jianbao.search.SearchIndexWriter;

/**
 * Orchestrates a build: read content, plan the pages, render them, write the feeds, and put the new
 * site in place of the old one. It holds no logic of its own beyond the order of the stages.
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
            Path parent = content.toAbsolutePath().normalize().getParent();
            return new Options(content, parent.resolve("themes"), output, loading);
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
        ContentLoader.Result loaded = ContentLoader.load(options.content(), options.loading());
        if (loaded.site().isEmpty()) {
            return new Result(loaded.problems(), null, 0);
        }
        Site site = loaded.site().get();
        Theme theme = Theme.of(options.themes(), site.config().theme());
        SiteUrls urls = new SiteUrls(site.config().baseUrl());
        PageRenderer renderer = new PageRenderer(site, theme, urls);
        List<PageSpec> pages = new PagePlan(site).pages();
        try (StagedSite staged = StagedSite.begin(options.output())) {
            pages.parallelStream().forEach(page -> staged.write(page.file(), renderer.render(page)));
            int files = pages.size();
            Map<String, byte[]> feeds = SiteFeeds.files(site, urls);
            feeds.forEach(staged::write);
            files += feeds.size();
            Map<String, byte[]> searchIndex = new SearchIndexWriter().files(site, urls);
            searchIndex.entrySet().parallelStream().forEach(file -> staged.write(file.getKey(), file.getValue()));
            files += searchIndex.size();
            for (Map.Entry<String, Path> asset : theme.staticFiles().entrySet()) {
                staged.copy(asset.getValue(), SiteUrls.asset(asset.getKey()));
                files++;
            }
            for (Issue issue : site.issues()) {
                for (Path attachment : issue.attachments()) {
                    staged.copy(issue.source().getParent().resolve(attachment),
                            SiteUrls.issue(issue.id()) + attachment.toString().replace('\\', '/'));
                    files++;
                }
            }
            staged.commit();
            return new Result(loaded.problems(), site, files);
        }
    }
}
