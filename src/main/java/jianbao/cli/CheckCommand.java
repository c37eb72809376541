package jianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jianbao.build.SiteBuilder;
import jianbao.check.ContentChecks;
import jianbao.check.Finding;
import jianbao.check.LanguageCheck;
import jianbao.check.SourceFixes;
import jianbao.content.BodyFile;
import jianbao.content.ContentLoader;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: every problem in content/, at once, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查 content/ 中的全部内容（包括草稿），一次列出所有错误和警告，不生成网站。"
                + "有错误时退出码为 1，只有警告时为 0（加 --strict 则警告也算错误）。")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentFolder contentFolder;

    @Option(names = "--strict", description = "把警告也当作错误（退出码为 1）")
    boolean strict;

    @Option(names = "--fix", description = "先自动改正不会改变意思的问题（中文之间的半角标点、只有一种正确写法的错别字），"
            + "逐条列出改了什么，再检查")
    boolean fix;

    @Option(names = {"-q", "--quiet"}, description = "只报告错误")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "同时说明检查了什么、按什么标准")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (fix) {
            fix(LanguageCheck.of(contentFolder.path, new Problems()));
        }
        try (BodyFile bodies = BodyFile.create()) {
            return check(bodies);
        }
    }

    private Integer check(BodyFile bodies) {
        ContentLoader.Result loaded = SiteBuilder.load(contentFolder.path,
                new ContentLoader.Options(true, Clock.systemUTC(), Optional.empty()), bodies);
        List<Problem> problems = new ArrayList<>(loaded.problems().all());
        // What build would meet after reading the content: the theme, its templates, every page.
        if (loaded.site().isPresent()) {
            problems.addAll(SiteBuilder.rehearse(contentFolder.path, SiteBuilder.Options.themesBeside(contentFolder.path),
                    loaded.site().get()).all());
        }
        Path issuesDir = contentFolder.path.resolve("issues");
        Set<IssueId> files = ContentLoader.issueFiles(issuesDir).stream()
                .flatMap(file -> ContentLoader.issueId(issuesDir, file).stream()).collect(Collectors.toSet());
        problems.addAll(ContentChecks.warnings(loaded.issues(), files));
        problems.sort(null);
        if (strict) {
            problems = ContentChecks.strict(problems);
        }
        if (verbose && !quiet) {
            describe(loaded.issues());
        }
        long errors = ProblemReport.list(problems, contentFolder.path, quiet);
        long warnings = problems.size() - errors;
        List<Issue> issues = loaded.issues();
        int articles = issues.stream().mapToInt(i -> i.articles().size()).sum();
        if (errors > 0) {
            System.err.printf("发现 %d 个错误%s。请改正后再提交；有错误的内容不会发布到网站上。%n", errors,
                    warnings > 0 ? "、" + warnings + " 个警告" : "");
            return ProblemReport.CONTENT_ERRORS;
        }
        if (!quiet) {
            System.out.printf("检查完毕：%d 期，%d 条信息，%s。%n", issues.size(), articles,
                    warnings == 0 ? "没有发现问题" : "没有错误，有 " + warnings + " 个警告（不影响发布，请看看是否需要改）");
        }
        return ProblemReport.OK;
    }

    /** Applies the fixes that cannot change the meaning, telling each change as the words before and after. */
    private void fix(LanguageCheck language) throws IOException {
        Path base = contentFolder.path.toAbsolutePath().normalize().getParent();
        int changed = 0;
        for (Map.Entry<Path, List<Finding.Fix>> file : language.fixes(contentFolder.path).entrySet()) {
            Path shown = file.getKey().toAbsolutePath().normalize();
            shown = shown.startsWith(base) ? base.relativize(shown) : shown;
            for (SourceFixes.Change change : SourceFixes.apply(file.getKey(), file.getValue())) {
                System.out.println(shown + ":" + change.line() + ": 改前：" + change.before());
                System.out.println(shown + ":" + change.line() + ": 改后：" + change.after());
                changed++;
            }
        }
        System.out.println(changed == 0 ? "没有可以自动改正的地方。" : "自动改正了 " + changed + " 处；其余的问题需要人来判断，列在下面。");
    }

    private void describe(List<Issue> issues) {
        System.out.println("内容目录：" + contentFolder.path.toAbsolutePath().normalize());
        System.out.println("期刊文件：" + issues.size() + " 个可读（含草稿）");
        ContentChecks.medianLength(issues).ifPresentOrElse(
                median -> System.out.printf("信息正文长度：中位数 %d 字，短于 %d 字或长于 %d 字的会提醒。%n", median,
                        median / ContentChecks.LENGTH_FACTOR, median * ContentChecks.LENGTH_FACTOR),
                () -> System.out.printf("信息不足 %d 条，不检查正文长度。%n", ContentChecks.MIN_ARTICLES_FOR_LENGTH));
    }
}
