package jianbao.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
        description = "预览网站：生成后在 http://127.0.0.1 上提供（加 --host 可在手机上看），内容或主题一改就重新生成并刷新浏览器。按 Ctrl+C 停止。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentFolder contentFolder;

    @Option(names = {"-p", "--port"}, paramLabel = "<端口>", defaultValue = "8000", description = "端口（默认 ${DEFAULT-VALUE}；0 表示任选一个空闲端口）")
    int port;

    @Option(names = "--host", paramLabel = "<地址>", defaultValue = "127.0.0.1",
            description = "在哪个地址上提供预览（默认 ${DEFAULT-VALUE}，只有本机能看）。写本机在办公网中的地址（如 192.168.1.5）"
                    + "或 0.0.0.0，同一网络中的手机就能打开预览")
    String host;

    @Option(names = "--drafts", description = "同时显示草稿和日期在未来的期刊")
    boolean drafts;

    @Option(names = {"-o", "--output"}, paramLabel = "<目录>", description = "预览网站写在哪里（默认是一个临时目录，不会动 site/）")
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
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            System.err.println("出错：--host 的值“" + host + "”不是一个地址，请写本机的 IP 地址，如 192.168.1.5，或 0.0.0.0。");
            return 2;
        }
        progress = ProgressLine.onTerminal(quiet);
        Preview preview;
        try {
            preview = Preview.start(new Preview.Settings(contentFolder.path, themes, folder, address, port, drafts,
                    Clock.systemUTC()), progress, this::report);
        } catch (BindException e) {
            if (temporary) {
                deleteQuietly(folder.getParent());
            }
            System.err.println(address.isLoopbackAddress() || address.isAnyLocalAddress() || isLocal(address)
                    ? "端口 " + port + " 已被占用，请用 --port 换一个，如 --port 8001。"
                    : "出错：" + host + " 不是本机的地址，无法在上面提供预览。请写本机的 IP 地址，或 0.0.0.0。");
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
        exposure(address).ifPresent(System.out::println);
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

    /** The warning that others can see the preview, unless it is served to this computer only. */
    Optional<String> exposure(InetAddress address) {
        return address.isLoopbackAddress() ? Optional.empty() : Optional.of("注意：预览开放在 " + host
                + " 上，同一网络中的其他人也能打开它，看到尚未发布的内容" + (drafts ? "和草稿" : "") + "。");
    }

    private static boolean isLocal(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
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
