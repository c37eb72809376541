package jianbao.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jianbao.build.BuildProgress;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.content.SiteConfigLoader;

/**
 * Serve mode: builds the site into a folder, serves it on 127.0.0.1 (or the address asked for), and after every change under
 * content/ or themes/ rebuilds what changed and reloads the open browser tabs. While the content has
 * errors the last good site stays up, with the errors shown above every page.
 */
public final class Preview implements AutoCloseable {

    /**
     * @param output where the previewed site is written (never the published site/)
     * @param host   the address to serve on: 127.0.0.1, one of this computer's, or 0.0.0.0 for all
     * @param port   0 for any free port
     * @param drafts also show drafts and issues dated in the future
     */
    public record Settings(Path content, Path themes, Path output, InetAddress host, int port, boolean drafts, Clock clock) {

        /** Serving on 127.0.0.1, which only this computer can reach. */
        public Settings(Path content, Path themes, Path output, int port, boolean drafts, Clock clock) {
            this(content, themes, output, InetAddress.getLoopbackAddress(), port, drafts, clock);
        }
    }

    /** Told about every build, on the thread that ran it. */
    public interface Listener {

        /** @param changed the files whose change caused the rebuild; empty for the first build */
        void built(Set<Path> changed, IncrementalBuilder.Outcome outcome);
    }

    private final DevServer server;
    private final IncrementalBuilder builder;
    private final Listener listener;
    private final URI url;
    private final Path messagesRelativeTo;
    private ContentWatcher watcher;

    private Preview(DevServer server, IncrementalBuilder builder, Listener listener, URI url, Path content) {
        this.server = server;
        this.builder = builder;
        this.listener = listener;
        this.url = url;
        this.messagesRelativeTo = content.toAbsolutePath().normalize().getParent();
    }

    /** Builds, starts serving and starts watching; fails only if the port or the output folder cannot be had. */
    public static Preview start(Settings settings, BuildProgress progress, Listener listener) throws IOException {
        DevServer server = DevServer.bind(settings.host(), settings.port());
        String basePath = basePath(settings.content());
        URI url = server.baseUrl(basePath);
        ContentLoader.Options loading = new ContentLoader.Options(settings.drafts(), settings.clock(), Optional.of(url));
        IncrementalBuilder builder;
        try {
            builder = new IncrementalBuilder(
                    new SiteBuilder.Options(settings.content(), settings.themes(), settings.output(), loading), progress);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        Preview preview = new Preview(server, builder, listener, url, settings.content());
        preview.rebuild(Set.of());
        server.start(settings.output(), basePath, builder.outputLock());
        preview.watcher = new ContentWatcher(List.of(settings.content(), settings.themes()), Duration.ofMillis(100),
                preview::rebuild);
        return preview;
    }

    /** The sub-path of the site's base URL, such as /xinxi/, so that the preview has the same links. */
    private static String basePath(Path content) {
        return SiteConfigLoader.load(content.resolve("site.yaml"), new Problems())
                .map(config -> config.baseUrl().getRawPath())
                .filter(path -> path.startsWith("/"))
                .orElse("/");
    }

    /** The address of the site's home page. */
    public URI url() {
        return url;
    }

    /** Rebuilds after {@code changed} changed, shows the outcome in the browser and tells the listener. */
    public void rebuild(Set<Path> changed) {
        IncrementalBuilder.Outcome outcome = builder.rebuild();
        server.showProblems(outcome.problems().all().stream().filter(Problem::isError)
                .map(problem -> problem.format(messagesRelativeTo)).toList());
        server.liveReload().reload();
        listener.built(changed, outcome);
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
        builder.close();
    }
}
