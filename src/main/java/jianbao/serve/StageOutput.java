package jianbao.serve;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jianbao.output.SiteFiles;

/** The files an output stage wrote, held in memory until they are compared with the live folder. */
final class StageOutput implements SiteFiles {

    final Map<String, byte[]> written = new ConcurrentHashMap<>();
    final Map<String, Path> copied = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        written.put(relativePath, bytes);
    }

    @Override
    public void copy(Path source, String relativePath) {
        copied.put(relativePath, source);
    }
}
