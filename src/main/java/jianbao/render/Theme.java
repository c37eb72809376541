package jianbao.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folders a site is rendered with: the site's own theme first, then the default theme, which
 * supplies every template and asset the site's theme does not override. The default theme is read
 * from themes/default/ beside the content if present, otherwise from inside the jar.
 */
public final class Theme {

    private final List<Path> folders;

    private Theme(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * @param themesDir the site's themes/ folder (may not exist)
     * @param name      the theme named in site.yaml
     */
    public static Theme of(Path themesDir, String name) {
        List<Path> folders = new ArrayList<>();
        Path own = themesDir.resolve(name);
        if (!name.equals("default")) {
            if (!Files.isDirectory(own)) {
                throw new IllegalArgumentException("找不到主题目录 " + own + "（site.yaml 中 theme: " + name + "）。");
            }
            folders.add(own);
        }
        Path defaultOnDisk = themesDir.resolve("default");
        folders.add(Files.isDirectory(defaultOnDisk.resolve("templates")) ? defaultOnDisk : bundledDefault());
        return new Theme(folders);
    }

    private static Path bundledDefault() {
        URL marker = Theme.class.getResource("/themes/default/templates/base.peb");
        if (marker == null) {
            throw new IllegalStateException("the default theme is missing from the jar");
        }
        try {
            if (marker.getProtocol().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(marker.toURI(), Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(marker.toURI());
                }
                return jar.getPath("/themes/default");
            }
            return Path.of(marker.toURI()).getParent().getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template file for {@code name} (without .peb), from the first theme that has it. */
    public Optional<Path> template(String name) {
        return folders.stream().map(f -> f.resolve("templates").resolve(name + ".peb")).filter(Files::isRegularFile).findFirst();
    }

    /** Every static asset by its path under static/, the site theme's winning over the default's. */
    public Map<String, Path> staticFiles() {
        Map<String, Path> files = new TreeMap<>();
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path root = folders.get(i).resolve("static");
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * The labels.yaml files, the default theme's first, then the site theme's if it has one; the
     * default theme must have one.
     */
    public List<Path> labelFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path file = folders.get(i).resolve("labels.yaml");
            if (Files.isRegularFile(file)) {
                files.add(file);
            } else if (i == folders.size() - 1) {
                throw new IllegalStateException("默认主题缺少 labels.yaml：" + file);
            }
        }
        return files;
    }

    /** The theme folders, most specific first; serve mode watches them. */
    public List<Path> folders() {
        return folders;
    }
}
