package jianbao.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx, started by a test in the foreground with a generated configuration (the resource
 * {@code nginx.conf} beside this class), serving a site folder under a sub-path on 127.0.0.1.
 */
final class Nginx implements AutoCloseable {

    private static final List<Path> PLACES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private final Process process;
    private final Path folder;
    private final int port;
    private final String path;

    private Nginx(Process process, Path folder, int port, String path) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.path = path;
    }

    /**
     * Serves {@code site} at {@code http://127.0.0.1:PORT/path}; the folder may be filled after the
     * server starts, once the base URL is known.
     *
     * @param folder where the configuration and logs go
     */
    static Nginx serve(Path site, String path, Path folder) {
        Path nginx = PLACES.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("nginx is missing (looked for " + PLACES
                        + "): apt-get install -y nginx"));
        try {
            Files.createDirectories(folder.resolve("temp"));
            int port = freePort();
            String config;
            try (InputStream template = Objects.requireNonNull(Nginx.class.getResourceAsStream("nginx.conf"))) {
                config = new String(template.readAllBytes(), StandardCharsets.UTF_8);
            }
            config = config.replace("@PORT@", String.valueOf(port)).replace("@PATH@", path)
                    .replace("@SITE@", site.toAbsolutePath().toString());
            Files.writeString(folder.resolve("nginx.conf"), config);
            Process process = new ProcessBuilder(nginx.toString(), "-p", folder.toAbsolutePath() + "/", "-c", "nginx.conf",
                    "-e", folder.toAbsolutePath().resolve("error.log").toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
            Nginx server = new Nginx(process, folder, port, path);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + path;
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Lets nginx's worker processes, which run as an unprivileged user when the test runs as root,
     * read the site: folders 755 and files 644, the way a deployment leaves them.
     */
    static void makeReadable(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
            for (Path parent = site.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
                if (parent.startsWith(Path.of(System.getProperty("java.io.tmpdir"))) && !parent.equals(
                        Path.of(System.getProperty("java.io.tmpdir")))) {
                    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at once:\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on port " + port + ":\n" + log());
    }

    /** What nginx printed and logged as errors. */
    String log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
