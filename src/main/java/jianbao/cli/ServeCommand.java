package jianbao.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jianbao.build.SiteBuilder;
import jianbao.content.Problem;
import jianbao.output.StagedSite;
import jianbao.serve.IncrementalBuilder;
import jianbao.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: preview the site on this computer, rebuilt and reloaded on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "在本机预览网站：生成后在 http://127.0.0.1 上提供，内容或主题一改就重新生成并刷新浏览器。按 Ctrl+C 停止。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentFolder contentFolder;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", description = "端口（默认 ${DEFAULT-VALUE}；0 表示任选一个空闲端口）")
    int port;

    @Option(names = "--drafts", description = "同时显示草稿和日期在未来的期刊")
    boolean drafts;

    @Option(names = {"-o", "--output"}, description = "预览网站写在哪里（默认是一个临时目录，不会动 site/）")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "只报告错误")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "每次重新生成时列出改动的文件和所做的工作")
    boolean verbose;

    private ProgressLine progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean temporary = output == null;
        Path folder = temporary ? Files.createTempDirectory("jianbao-serve-").resolve("site") : output;
        Path themes = SiteBuilder.Options.themesBeside(contentFolder.path);
        progress = ProgressLine.onTerminal(quiet);
        Preview preview;
        try {
            preview = Preview.start(new Preview.Settings(contentFolder.path, themes, folder, port, drafts, Clock.systemUTC()),
                    progress, this::report);
        } catch (BindException e) {
            if (temporary) {
                deleteQuietly(folder.getParent());
            }
            System.err.println("端口 " + port + " 已被占用，请用 --port 换一个，如 --port 8001。");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            if (temporary) {
                deleteQuietly(folder.getParent());
            }
            stopped.countDown();
        }));
        System.out.println("预览地址：" + preview.url() + "  （按 Ctrl+C 停止）");
        stopped.await();
        return 0;
    }

    private void report(Set<Path> changed, IncrementalBuilder.Outcome outcome) {
        progress.close();
        Path base = contentFolder.path.toAbsolutePath().normalize().getParent();
        for (Problem problem : outcome.problems().all()) {
            if (problem.isError() || !quiet && (verbose || changed.isEmpty())) {
                System.err.println(problem.format(base));
            }
        }
        if (!outcome.succeeded()) {
            System.err.println("内容有错误，预览仍显示上一次成功生成的版本；改正并保存后会自动重新生成。");
            return;
        }
        if (verbose) {
            changed.forEach(path -> System.out.println("  改动：" + (path.startsWith(base) ? base.relativize(path) : path)));
        }
        if (!quiet) {
            System.out.printf("%s：%d 期，%d 条信息；%s重新读取 %d 个期刊文件，生成 %d 个页面，改动 %d 个文件，用时 %.2f 秒。%n",
                    changed.isEmpty() ? "已生成" : "已更新", outcome.site().issues().size(), outcome.site().articles().size(),
                    outcome.full() && !changed.isEmpty() ? "模板或网站设置有变，全部重新生成；" : "",
                    outcome.issuesParsed(), outcome.pagesRendered(), outcome.filesChanged(), outcome.seconds());
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            StagedSite.deleteTree(folder);
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
