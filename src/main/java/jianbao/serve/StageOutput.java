package jianbao.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jianbao.output.SiteFiles;

/**
 * The files the output stages wrote: in memory only those that differ from the live folder, to be
 * written once the folder is locked. Comparing as the files come keeps a rebuild that writes the
 * whole search index from holding all of it at once (165 MB at 100,000 articles). Which files the
 * stages no longer write, the rebuild learns from the feeds and the index themselves.
 */
final class StageOutput implements SiteFiles {

    private final LiveFolder folder;
    final Map<String, byte[]> changed = new ConcurrentHashMap<>();
    final Map<String, Path> copied = new ConcurrentHashMap<>();

    StageOutput(LiveFolder folder) {
        this.folder = folder;
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        if (folder.differs(relativePath, bytes)) {
            changed.put(relativePath, bytes);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        copied.put(relativePath, source);
    }
}
