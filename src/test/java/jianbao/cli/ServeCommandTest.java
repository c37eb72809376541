package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve as a command: a port already taken is told plainly. (Serving itself is tested in jianbao.serve.) */
class ServeCommandTest {

    @TempDir
    Path root;

    @Test
    void aPortInUseIsToldPlainly() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, Main.run("serve", "--content", content.toString(), "--port", String.valueOf(taken.getLocalPort())));
        } finally {
            System.setErr(originalErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("已被占用，请用 --port 换一个"), err.toString(StandardCharsets.UTF_8));
    }
}
