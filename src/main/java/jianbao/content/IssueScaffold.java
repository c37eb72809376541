package jianbao.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jianbao.model.IssueId;
import jianbao.model.IssueKind;
import jianbao.model.SiteConfig;

/**
 * Writes the file of the next issue: the next number of the current year, today's date in the site's
 * time zone, the masthead and footer of the latest issue, and an example article and brief whose
 * text, marked 【请填写…】, must be replaced before the issue passes {@code check} or {@code build}.
 */
public final class IssueScaffold {

    /** Starts every piece of example text in a new issue; content still holding it is an error. */
    public static final String PLACEHOLDER = "【请填写";

    /** The front matter fields copied from the latest issue: masthead, then footer. */
    private static final List<String> COPIED = List.of("bulletin", "publisher", "recipients", "distribution", "editor");

    /**
     * @param file       the new issue file
     * @param copiedFrom the issue whose masthead and footer were copied, if there was one
     */
    public record Created(Path file, IssueId id, LocalDate date, Optional<IssueId> copiedFrom) {
    }

    private IssueScaffold() {
    }

    /** Writes the next issue under {@code contentDir}; empty, with the reasons in {@code problems}, if it cannot. */
    public static Optional<Created> create(Path contentDir, Clock clock, Optional<LocalDate> date, Problems problems) {
        Optional<SiteConfig> config = SiteConfigLoader.load(contentDir.resolve("site.yaml"), problems);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock.withZone(config.get().timeZone())));
        Path issuesDir = contentDir.resolve("issues");
        List<Path> files = ContentLoader.issueFiles(issuesDir);
        // The next regular issue: supplements and special issues are numbered on their own.
        Optional<Path> latest = files.stream()
                .filter(f -> ContentLoader.issueId(issuesDir, f).filter(i -> i.kind() == IssueKind.REGULAR).isPresent())
                .max(Comparator.comparing(f -> ContentLoader.issueId(issuesDir, f).orElseThrow()));
        int number = files.stream().flatMap(f -> ContentLoader.issueId(issuesDir, f).stream())
                .filter(id -> id.year() == day.getYear() && id.kind() == IssueKind.REGULAR).mapToInt(IssueId::number).max().orElse(0) + 1;
        IssueId id = new IssueId(day.getYear(), number);
        Path file = issuesDir.resolve("%d/%03d.md".formatted(id.year(), id.number()));
        FrontMatter previous = latest.flatMap(f -> SourceText.read(f, new Problems()))
                .flatMap(text -> FrontMatter.parse(latest.get(), text, new Problems())).orElse(null);
        Optional<IssueId> copiedFrom = previous == null ? Optional.empty() : ContentLoader.issueId(issuesDir, latest.get());
        String text = text(id, day, previous, copiedFrom, config.get());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            problems.error(file, 0, "文件已经存在，没有改动它。");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, 0, "无法写入文件：" + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Created(file, id, day, copiedFrom));
    }

    private static String text(IssueId id, LocalDate day, FrontMatter previous, Optional<IssueId> copiedFrom,
                               SiteConfig config) {
        StringBuilder text = new StringBuilder("---\nnumber: ").append(id.number()).append("\ndate: ").append(day).append('\n');
        for (String field : COPIED) {
            Optional<String> value = previous == null ? Optional.empty() : previous.text(field);
            if (previous == null && field.equals("publisher")) {
                value = Optional.of(config.publisher());
            }
            value.ifPresent(v -> text.append(field).append(": ").append(yamlText(v)).append('\n'));
        }
        text.append(copiedFrom.map(from -> "# 以上刊头和落款是从" + from + "复制来的，请核对。\n").orElse(
                "# 落款可以加上 recipients（本期送）、distribution（发）、editor（责任编辑）。\n"));
        text.append("""
                # 以 # 开头的行是写给编辑看的说明，不会出现在网站上，可以删去。
                #
                # 正文怎么写：
                # · 每条信息以“## 标题”开头（两个井号，后面空一格），标题下空一行写正文。
                # · 正文末尾用全角括号注明供稿单位，如（区财政局）；几个单位用顿号隔开，如（峡窝镇、区自然资源局）。
                # · 确实没有供稿单位的，末尾写（无）。
                # · 简讯是以 △ 开头的一段，末尾同样注明供稿单位。
                # · 要强调的数字可以写成 **745**（加粗）。
                # · 下面【】里的示例文字都要换成实际内容，多余的示例整条删去；否则检查会报错，网站不会更新。
                # · 写完后运行 java -jar target/jianbao.jar check 检查。
                # · 暂时不想发布，可以加一行 draft: true（草稿）。
                ---

                ## 【请填写标题】

                【请填写正文：一是……。二是……。三是……。截至目前，……。】（【请填写供稿单位】）

                ## 【请填写第二条信息的标题，没有就删去这一条】

                【请填写正文】（【请填写供稿单位】）

                """);
        text.append("△ 【请填写简讯：**").append(day.getMonthValue()).append("月").append(day.getDayOfMonth())
                .append("日**，……。】（【请填写供稿单位】）\n");
        return text.toString();
    }

    /** A value as YAML text: plain when that reads back the same, otherwise double-quoted. */
    private static String yamlText(String value) {
        boolean plain = !value.isEmpty() && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) < 0 && !value.matches("(?i)(true|false|yes|no|null|~|[-+]?[0-9].*)");
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
