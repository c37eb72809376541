package jianbao.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import jianbao.content.Problems;
import jianbao.content.SiteConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: content/ → site/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "把 content/ 编译成网站，写入 site/。出错时保留原来的 site/ 不变。")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentFolder contentFolder;

    @Option(names = {"-o", "--output"}, paramLabel = "<目录>", defaultValue = "site", description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path output;

    @Option(names = "--base-url", paramLabel = "<网址>", description = "网站地址，代替 site.yaml 中的 base_url")
    String baseUrl;

    @Option(names = "--drafts", description = "同时发布草稿和日期在未来的期刊（用于预览）")
    boolean drafts;

    @Option(names = {"-q", "--quiet"}, description = "只报告错误")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "同时说明读了哪里、写到哪里")
    boolean verbose;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        Optional<URI> base = Optional.empty();
        if (baseUrl != null) {
            base = SiteConfigLoader.baseUrl(baseUrl, Path.of("--base-url"), 0, problems);
            if (base.isEmpty()) {
                return ProblemReport.print(problems, contentFolder.path, quiet);
            }
        }
        ContentLoader.Options loading = new ContentLoader.Options(drafts, Clock.systemUTC(), base);
        long started = System.nanoTime();
        SiteBuilder.Options options = SiteBuilder.Options.of(contentFolder.path, output, loading);
        if (verbose && !quiet) {
            System.out.println("内容目录：" + contentFolder.path.toAbsolutePath().normalize());
            System.out.println("主题目录：" + options.themes() + (Files.isDirectory(options.themes()) ? "" : "（不存在，使用内置的默认主题）"));
            System.out.println("输出目录：" + output.toAbsolutePath().normalize());
        }
        SiteBuilder.Result result;
        try (ProgressLine progress = ProgressLine.onTerminal(quiet)) {
            result = SiteBuilder.build(options, progress);
        }
        int status = ProblemReport.print(result.problems(), contentFolder.path, quiet);
        if (result.succeeded() && !quiet) {
            System.out.printf("已生成 %s：%d 期，%d 条信息，%d 个文件，用时 %.2f 秒。%n", output, result.site().issues().size(),
                    result.site().articles().size(), result.filesWritten(), (System.nanoTime() - started) / 1e9);
        }
        return status;
    }
}
