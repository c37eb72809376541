package jianbao.build;

import jianbao.model.Site;
import jianbao.output.SiteFiles;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/**
 * A stage that writes files derived from the whole site after the pages, such as feeds or the
 * search index. It is called with the new site on every build and on every rebuild while serving,
 * and must write the same bytes for the same site: a rebuild keeps only the files that changed and
 * removes those a stage no longer writes.
 */
@FunctionalInterface
public interface OutputStage {

    void write(Site site, SiteUrls urls, Labels labels, SiteFiles files);
}
