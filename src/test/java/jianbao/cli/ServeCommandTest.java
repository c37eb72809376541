package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
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

    @Test
    void anAddressNotOfThisComputerIsToldPlainly() {
        Path content = TestSites.fixtureContent(root, 20);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            // 203.0.113.0/24 is kept for documentation: no computer has it.
            assertEquals(1, Main.run("serve", "--content", content.toString(), "--host", "203.0.113.7", "--port", "0"));
        } finally {
            System.setErr(originalErr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("出错：203.0.113.7 不是本机的地址"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void servingBeyondThisComputerIsWarnedAboutInOneLine() throws Exception {
        ServeCommand serve = new ServeCommand();
        serve.host = "127.0.0.1";
        assertEquals(Optional.empty(), serve.exposure(InetAddress.getByName(serve.host)));
        serve.host = "0.0.0.0";
        assertEquals(Optional.of("注意：预览开放在 0.0.0.0 上，同一网络中的其他人也能打开它，看到尚未发布的内容。"),
                serve.exposure(InetAddress.getByName(serve.host)));
        serve.drafts = true;
        assertTrue(serve.exposure(InetAddress.getByName(serve.host)).orElseThrow().endsWith("看到尚未发布的内容和草稿。"));
    }

    @Test
    void anOutputFolderJianbaoDidNotWriteIsRefusedAndLeftAlone() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path fakehome = root.resolve("fakehome");
        TestSites.write(fakehome.resolve("index.html"), "<p>我的主页</p>");
        TestSites.write(fakehome.resolve("thesis.docx"), "论文");
        TestSites.write(fakehome.resolve(".ssh/id_rsa"), "PRIVATE KEY");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, Main.run("serve", "--content", content.toString(), "--port", "0", "--output", fakehome.toString()));
        } finally {
            System.setErr(originalErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("出错：输出目录 " + fakehome + " 里有文件，但不是 jianbao 生成的网站"), message);
        assertEquals("<p>我的主页</p>", Files.readString(fakehome.resolve("index.html")));
        assertEquals("论文", Files.readString(fakehome.resolve("thesis.docx")));
        assertEquals("PRIVATE KEY", Files.readString(fakehome.resolve(".ssh/id_rsa")));
        try (Stream<Path> files = Files.walk(fakehome)) {
            assertEquals(3, files.filter(Files::isRegularFile).count());
        }
    }
}
