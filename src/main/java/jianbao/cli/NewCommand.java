package jianbao.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import jianbao.content.IssueScaffold;
import jianbao.content.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code new}: the file of the next issue, ready to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "新建下一期的期刊文件：今年的下一个期号、今天的日期，刊头和落款从最近一期复制；"
                + "在标准输出打印文件路径。文件里【请填写…】的示例文字换成实际内容之前，检查不会通过。")
final class NewCommand implements Callable<Integer> {

    @Mixin
    ContentFolder contentFolder;

    @Option(names = "--date", paramLabel = "<日期>", description = "出刊日期，如 2024-08-16（默认今天，按 site.yaml 的时区）")
    LocalDate date;

    @Option(names = {"-q", "--quiet"}, description = "只打印文件路径")
    boolean quiet;

    /** Tells today's date; tests replace it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Optional<IssueScaffold.Created> created = IssueScaffold.create(contentFolder.path, clock, Optional.ofNullable(date), problems);
        if (created.isEmpty()) {
            ProblemReport.list(problems.all(), contentFolder.path, false);
            System.err.println("没有新建期刊文件。");
            return ProblemReport.CONTENT_ERRORS;
        }
        IssueScaffold.Created issue = created.get();
        System.out.println(issue.file());
        if (!quiet) {
            System.err.println("已新建" + issue.id() + "（" + issue.date() + "）"
                    + issue.copiedFrom().map(from -> "，刊头和落款从" + from + "复制").orElse("")
                    + "。请把文件中【请填写…】的示例文字换成实际内容，然后运行 check 检查。");
        }
        return ProblemReport.OK;
    }
}
