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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jianbao.model.SiteConfig;
import jianbao.source.SourceFolder;

/**
 * The folders a site is rendered with: the site's own theme first, then the default theme, which
 * supplies every template and asset the site's theme does not override. The default theme is read
 * from themes/default/ beside the content if present, otherwise from inside the jar. Their files are
 * found through {@link SourceFolder}, so that a link never brings in a file from outside its theme's
 * folder; such links are listed in {@link #refused()}.
 */
public final class Theme {

    private final List<Path> folders;
    private final Map<String, Path> templates;
    private final Map<String, Path> staticFiles;
    private final List<SourceFolder.Refusal> refused;

    private Theme(List<Path> folders, Map<String, Path> templates, Map<String, Path> staticFiles,
                  List<SourceFolder.Refusal> refused) {
        this.folders = List.copyOf(folders);
        this.templates = Map.copyOf(templates);
        this.staticFiles = Collections.unmodifiableMap(new TreeMap<>(staticFiles));
        this.refused = List.copyOf(refused);
    }

    /**
     * @param themesDir the site's themes/ folder (may not exist)
     * @param name      the theme named in site.yaml
     * @throws NotFound when there is no folder of that name under themesDir
     */
    public static Theme of(Path themesDir, String name) {
        List<Path> folders = new ArrayList<>();
        SourceFolder themes = SourceFolder.of(themesDir, "themes/");
        Path own = themesDir.resolve(name);
        if (!name.equals("default")) {
            if (!SiteConfig.THEME_NAME.matcher(name).matches() || !themes.holdsFolder(own)) {
                throw new NotFound("找不到主题“" + name + "”：themes/ 下没有名为 " + name + " 的目录"
                        + (Files.isDirectory(own) ? "（" + own + " 是指向 themes/ 以外的链接，不能用作主题）" : "") + "。");
            }
            folders.add(own);
        }
        Path defaultOnDisk = themesDir.resolve("default");
        folders.add(Files.isDirectory(defaultOnDisk.resolve("templates")) && themes.holdsFolder(defaultOnDisk)
                ? defaultOnDisk : bundledDefault());
        Map<String, Path> templates = new TreeMap<>();
        Map<String, Path> staticFiles = new TreeMap<>();
        List<SourceFolder.Refusal> refused = new ArrayList<>();
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            SourceFolder source = SourceFolder.of(folder, "themes/" + folder.getFileName() + "/");
            Path templateRoot = folder.resolve("templates");
            SourceFolder.Listing found = source.files(templateRoot, Integer.MAX_VALUE, p -> p.getFileName().toString().endsWith(".peb"));
            found.files().forEach(file -> templates.put(relative(templateRoot, file).replaceFirst("\\.peb$", ""), file));
            refused.addAll(found.refused());
            Path staticRoot = folder.resolve("static");
            found = source.files(staticRoot, Integer.MAX_VALUE, p -> true);
            found.files().forEach(file -> staticFiles.put(relative(staticRoot, file), file));
            refused.addAll(found.refused());
        }
        return new Theme(folders, templates, staticFiles, refused);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
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
        return Optional.ofNullable(templates.get(name));
    }

    /** Every template by its name (without .peb), the site theme's winning over the default's. */
    public Map<String, Path> templates() {
        return templates;
    }

    /** Every static asset by its path under static/, the site theme's winning over the default's. */
    public Map<String, Path> staticFiles() {
        return staticFiles;
    }

    /** The links in the theme's folders that lead out of them, and are not used. */
    public List<SourceFolder.Refusal> refused() {
        return refused;
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

    /** The theme named in site.yaml is not a folder under themes/. */
    public static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
