package jianbao.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jianbao.model.Excerpt;
import jianbao.model.FreePage;

/** Reads the free pages of content/pages/: name.md becomes the page /name/. */
public final class FreePageLoader {

    /** First URL segments the generator uses itself. */
    private static final Set<String> RESERVED = Set.of("issues", "departments", "search", "sitemap", "assets", "404");

    private FreePageLoader() {
    }

    public static List<FreePage> load(Path folder, MarkdownRenderer markdown, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.error(folder, 0, "无法读取目录：" + e.getMessage());
            return List.of();
        }
        List<FreePage> pages = new ArrayList<>();
        for (Path file : files) {
            read(file, markdown, problems).ifPresent(pages::add);
        }
        return pages;
    }

    private static Optional<FreePage> read(Path file, MarkdownRenderer markdown, Problems problems) {
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.error(file, 0, "页面文件名只能由小写英文字母、数字和连字符组成（它就是页面地址），如 about.md。");
            return Optional.empty();
        }
        if (RESERVED.contains(name)) {
            problems.error(file, 0, "页面名“" + name + "”已被网站占用，请换一个文件名。");
            return Optional.empty();
        }
        Optional<FrontMatter> front = SourceText.read(file, problems).flatMap(text -> FrontMatter.parse(file, text, problems));
        if (front.isEmpty()) {
            return Optional.empty();
        }
        front.get().warnUnknownFields(Set.of("title", "description"));
        Optional<String> title = front.get().requiredText("title", "页面标题");
        MarkdownRenderer.Rendered body = markdown.render(front.get().body());
        String description = front.get().text("description").orElse(Excerpt.of(body.text(), 120));
        return title.map(t -> new FreePage(name, t, description, body.html()));
    }
}
