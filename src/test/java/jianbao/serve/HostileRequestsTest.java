package jianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jianbao.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 15 of issue 17: serve answers only requests addressed to it (no DNS rebinding), and answers a
 * path with control characters with 400 rather than not at all. Requests are written byte by byte, as
 * a hostile page's browser or a script could send them.
 */
class HostileRequestsTest {

    @TempDir
    Path root;
    DevServer server;

    @BeforeEach
    void start() throws IOException {
        TestSites.write(root.resolve("site/xinxi/index.html"), "<html><body>首页</body></html>");
        TestSites.write(root.resolve("site/404.html"), "<html><body>页面不存在</body></html>");
        server = DevServer.bind(0);
        server.start(root.resolve("site"), "/", new ReentrantReadWriteLock());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Case(String path, String host, int status) {
    }

    @Test
    void answersOnlyItsOwnAddressAndRefusesControlCharacters() throws IOException {
        int port = server.port();
        List<Case> cases = List.of(
                new Case("/xinxi/", "127.0.0.1:" + port, 200),
                new Case("/xinxi/", "localhost:" + port, 200),
                new Case("/xinxi/", "LocalHost:" + port, 200),
                new Case("/xinxi/", "[::1]:" + port, 200),
                new Case("/xinxi/", "evil.example:" + port, 403),
                new Case("/xinxi/", "127.0.0.1.evil.example:" + port, 403),
                new Case("/xinxi/", "localhost.evil.example:" + port, 403),
                new Case("/xinxi/", "127.0.0.1:" + (port + 1), 403),
                new Case("/xinxi/", "127.0.0.1", 403),
                new Case("/xinxi/", "", 403),
                new Case("/xinxi/", null, 403),
                new Case("/xinxi/%00", "127.0.0.1:" + port, 400),
                new Case("/xinxi/index.html%00.txt", "127.0.0.1:" + port, 400),
                new Case("/%00", "127.0.0.1:" + port, 400),
                new Case("/xinxi/%0d%0aSet-Cookie:%20a=b", "127.0.0.1:" + port, 400),
                new Case("/xinxi/%1b", "127.0.0.1:" + port, 400),
                new Case("/xinxi/%7f", "127.0.0.1:" + port, 400),
                new Case("/xinxi/..%5c..%5cetc%5cpasswd", "127.0.0.1:" + port, 400),
                new Case("/xinxi/%2e%2e/%2e%2e/etc/passwd", "127.0.0.1:" + port, 404),
                new Case("/xinxi/%zz", "127.0.0.1:" + port, 400),
                new Case("/xinxi/%00", "evil.example:" + port, 403));
        for (Case c : cases) {
            String response = request(port, c.path(), c.host());
            assertEquals("HTTP/1.1 " + c.status(), response.substring(0, Math.min(12, response.length())), c + "\n" + response);
            assertFalse(response.contains("root:"), response);
        }
        assertEquals("HTTP/1.1 200", request(port, "/xinxi/", "127.0.0.1:" + port).substring(0, 12), "still serving");
    }

    @Test
    void servingOnEveryAddressAnswersThisComputersAddressesAndNoOtherName() throws IOException {
        DevServer everywhere = DevServer.bind(InetAddress.getByName("0.0.0.0"), 0);
        try {
            everywhere.start(root.resolve("site"), "/", new ReentrantReadWriteLock());
            int port = everywhere.port();
            String shown = everywhere.baseUrl("/").getAuthority();
            assertEquals("HTTP/1.1 200", request(port, "/xinxi/", shown).substring(0, 12), shown);
            assertEquals("HTTP/1.1 200", request(port, "/xinxi/", "127.0.0.1:" + port).substring(0, 12));
            assertEquals("HTTP/1.1 403", request(port, "/xinxi/", "evil.example:" + port).substring(0, 12));
            assertEquals("HTTP/1.1 403", request(port, "/xinxi/", "203.0.113.7:" + port).substring(0, 12));
        } finally {
            everywhere.close();
        }
    }

    private static String request(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
