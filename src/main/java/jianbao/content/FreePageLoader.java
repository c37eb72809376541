package jianbao.content;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jianbao.model.Excerpt;
import jianbao.model.FreePage;
import jianbao.source.SourceFolder;

/** Reads the free pages of content/pages/: name.md becomes the page /name/. */
public final class FreePageLoader {

    /** First URL segments the generator uses itself. */
    private static final Set<String> RESERVED = Set.of("issues", "departments", "search", "sitemap", "assets", "404");

    private FreePageLoader() {
    }

    /** The pages of {@code folder}, content/pages/ of the content folder {@code content}. */
    public static List<FreePage> load(SourceFolder content, Path folder, MarkdownRenderer markdown, Problems problems) {
        SourceFolder.Listing listing = content.files(folder, 1, p -> p.getFileName().toString().endsWith(".md"));
        listing.refused().forEach(refusal -> problems.error(refusal.file(), 0, refusal.reason()));
        List<FreePage> pages = new ArrayList<>();
        for (Path file : listing.files()) {
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
        Optional<Document> parsed = markdown.parse(front.get().body(), file, front.get().bodyLine(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        MarkdownRenderer.Rendered body = markdown.render(parsed.get());
        String description = front.get().text("description").orElse(Excerpt.of(body.text(), 120));
        return title.map(t -> new FreePage(name, t, description, body.html()));
    }
}
