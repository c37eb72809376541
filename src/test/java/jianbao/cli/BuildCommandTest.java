package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The build command as office staff use it: exit status, messages, and a site that is never half written. */
class BuildCommandTest {

    @TempDir
    Path root;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int build(Path content, Path site, String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--content", content.toString(), "--output", site.toString()),
                Stream.of(extra)).toArray(String[]::new);
        return Main.run(args);
    }

    @Test
    void theLanguageCheckStopsTheBuildOnErrorsAndPrintsWarningsOnce() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Path site = root.resolve("site");
        Path issue = content.resolve("issues/2024/045.md");
        TestSites.write(issue, TestSites.issue(45, "2024-08-09", "区财政局").replace("二是加强管理。", "二是加强台帐管理。"));
        assertEquals(1, build(content, site));
        assertTrue(console.err().contains("issues/2024/045.md:9:12: 错误：“台帐”是错别字或不规范的写法，应写作“台账”。"), console.err());
        assertFalse(Files.exists(site));

        TestSites.write(issue, TestSites.issue(45, "2024-08-09", "区财政局").replace("二是加强管理。", "二是加强管理,提升服务。"));
        console.reset();
        assertEquals(0, build(content, site));
        List<String> warnings = console.err().lines().filter(line -> line.contains(": 警告：")).toList();
        assertEquals(1, warnings.size(), console.err());
        assertTrue(warnings.get(0).contains("issues/2024/045.md:9:14: 警告：中文里用了半角的“,”，应为全角的“，”。"), warnings.get(0));
        assertTrue(Files.exists(site.resolve("issues/2024/45/index.html")));
    }

    @Test
    void badContentFailsWithFileLineMessagesAndKeepsThePreviousSite() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Path site = root.resolve("site");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        assertEquals(0, build(content, site));
        byte[] issuePage = Files.readAllBytes(site.resolve("issues/2024/45/index.html"));

        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "").replace("number: 46", "number: 四十六"));
        console.reset();
        assertEquals(1, build(content, site));
        String messages = console.err();
        assertTrue(messages.contains("issues/2024/046.md:2: 错误：期号应是正整数"), messages);
        assertTrue(messages.contains("issues/2024/046.md:9: 错误：信息“第46期第1条信息”末尾的括号里没有写供稿单位"), messages);
        assertTrue(messages.contains("网站没有更新"), messages);
        assertFalse(messages.contains("Exception"), messages);
        assertFalse(messages.contains("\tat "), messages);
        assertTrue(Files.exists(site.resolve("issues/2024/45/index.html")));
        assertEquals(new String(issuePage, StandardCharsets.UTF_8),
                Files.readString(site.resolve("issues/2024/45/index.html")));
        assertFalse(Files.exists(site.resolve("issues/2024/46")));
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site.building")).count(), "no staging left behind");
        }
    }

    @Test
    void aBrokenTemplateIsReportedWithoutAStackTraceAndKeepsThePreviousSite() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Path site = root.resolve("site");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        assertEquals(0, build(content, site));
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "theme: mine\n");
        TestSites.write(root.resolve("themes/mine/templates/article.peb"), "{% extends \"base\" %}{% block content %}{{ article.nosuchthing }}{% endblock %}");
        console.reset();
        assertEquals(1, build(content, site));
        String messages = console.err();
        assertTrue(messages.contains("themes/mine/templates/article.peb:1: 错误：模板出错：Attribute [nosuchthing]"), messages);
        assertFalse(messages.contains("\tat "), messages);
        assertTrue(Files.exists(site.resolve("issues/2024/45/1/index.html")));
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site.building")).count(),
                    "nothing of the abandoned build is left, though other threads were still writing when it failed");
        }
    }

    @Test
    void successReportsWhatWasBuilt() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局", "峡窝镇"));
        assertEquals(0, build(content, root.resolve("site"), "--base-url", "https://example.gov.cn/sub"));
        String report = console.out();
        assertTrue(report.contains("1 期，2 条信息"), report);
        assertTrue(Files.exists(root.resolve("site/issues/2024/45/2/index.html")));
    }

    @Test
    void theSiteFolderCanBeReadByAWebServerRunningAsAnotherUser() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        assertEquals(0, build(content, root.resolve("site")));
        org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createDirectory(root.resolve("ordinary"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(root.resolve("site")));
    }

    @Test
    void refusesAnOutputWhoseReplacementWouldDestroyWhatIsNotASite() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(root.resolve("notes/todo.txt"), "keep me");
        TestSites.write(root.resolve("afile"), "keep me too");
        for (Path output : List.of(content, root, root.resolve("notes"), root.resolve("afile"))) {
            console.reset();
            assertEquals(1, build(content, output), output.toString());
            String message = console.err();
            assertTrue(message.startsWith("出错：输出"), message);
            assertFalse(message.contains("Exception"), message);
        }
        assertEquals("keep me", Files.readString(root.resolve("notes/todo.txt")));
        assertEquals("keep me too", Files.readString(root.resolve("afile")));
        assertTrue(Files.exists(content.resolve("issues/2024/045.md")));
        assertEquals(0, build(content, root.resolve("site")));
        assertEquals(0, build(content, root.resolve("site")), "a site it wrote may be replaced");
    }

    @Test
    void aMissingThemeIsToldInPlainWords() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "theme: nosuch\n");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        assertEquals(1, build(content, root.resolve("site")));
        String message = console.err();
        assertTrue(message.startsWith("content/site.yaml:5: 错误：找不到主题“nosuch”"), message);
    }

    @Test
    void anInvalidBaseUrlIsAUsageError() {
        Path content = TestSites.fixtureContent(root, 20);
        assertEquals(1, build(content, root.resolve("site"), "--base-url", "example.gov.cn"));
        assertTrue(console.err().contains("应是完整的网址"));
    }
}
