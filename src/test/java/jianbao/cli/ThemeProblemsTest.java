package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 3 and 8 of issue 17: {@code theme:} names a folder under themes/ and nothing else, and check
 * fails, with the same file:line, wherever build fails on the theme: a theme that does not exist, a
 * template that does not compile or cannot be rendered.
 */
class ThemeProblemsTest {

    @TempDir
    Path root;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private record Case(String theme, Map<String, String> themeFiles, String expected) {
    }

    private static final String NOT_A_NAME = "应是 themes/ 下一个目录的名字（字母、数字、连字符），如 district，不能是路径。";

    private static final List<Case> CASES = List.of(
            // Item 8: a path is never a theme, whether or not the folder exists.
            new Case("/usr/share/javascript", Map.of(), "content/site.yaml:5: 错误：主题“/usr/share/javascript”" + NOT_A_NAME),
            new Case("/etc", Map.of(), "content/site.yaml:5: 错误：主题“/etc”" + NOT_A_NAME),
            new Case("../outside", Map.of(), "content/site.yaml:5: 错误：主题“../outside”" + NOT_A_NAME),
            new Case("mine/../../outside", Map.of(), "content/site.yaml:5: 错误：主题“mine/../../outside”" + NOT_A_NAME),
            new Case("..", Map.of(), "content/site.yaml:5: 错误：主题“..”" + NOT_A_NAME),
            new Case("mine\\\\..\\\\..", Map.of(), "content/site.yaml:5: 错误：主题“mine\\..\\..”" + NOT_A_NAME),
            // Item 3: what build fails on, check fails on too.
            new Case("nosuch", Map.of(), "content/site.yaml:5: 错误：找不到主题“nosuch”：themes/ 下没有名为 nosuch 的目录。"),
            new Case("mine", Map.of("templates/article.peb", "{% extends \"base\" %}\n{% block content %}{{ article.headline }\n{% endblock %}"),
                    "themes/mine/templates/article.peb:2: 错误：模板出错："),
            new Case("mine", Map.of("templates/issue.peb", "{% extends \"base\" %}{% block content %}{% if %}{% endblock %}"),
                    "themes/mine/templates/issue.peb:1: 错误：模板出错："),
            new Case("mine", Map.of("templates/base.peb", "<html>{% block content %}{% endblock %}{{ site.nosuchsetting }}</html>"),
                    "themes/mine/templates/base.peb:1: 错误：模板出错：Attribute [nosuchsetting]"));

    @Test
    void buildAndCheckFailAlikeOnTheTheme() throws IOException {
        int n = 0;
        for (Case c : CASES) {
            Path at = root.resolve("case" + n++);
            Path content = TestSites.fixtureContent(at, 20);
            TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
            TestSites.write(at.resolve("outside/templates/base.peb"), "leaked");
            Files.createDirectories(at.resolve("themes/mine"));
            String[] build = {"build", "--quiet", "--content", content.toString(), "--output", at.resolve("site").toString()};
            String[] check = {"check", "--quiet", "--content", content.toString()};
            assertEquals(0, Main.run(build));
            console.reset();
            assertEquals(0, Main.run(check), console.err());
            Map<String, String> before = TestSites.tree(at.resolve("site"));

            TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                    + "theme: \"" + c.theme() + "\"\n");
            c.themeFiles().forEach((file, text) -> TestSites.write(at.resolve("themes/mine").resolve(file), text));
            for (String[] command : List.of(build, check)) {
                console.reset();
                assertEquals(1, Main.run(command), c.theme() + " " + command[0]);
                String err = console.err();
                assertTrue(err.startsWith(c.expected()), c.theme() + " " + command[0] + ":\n" + err);
                assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            }
            assertEquals(before, TestSites.tree(at.resolve("site")), c.theme());
        }
    }

    @Test
    void aThemeFolderThatIsALinkOutOfThemesIsNoTheme() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(root.resolve("elsewhere/static/secret.txt"), "leaked");
        Files.createDirectories(root.resolve("themes"));
        Files.createSymbolicLink(root.resolve("themes/mine"), root.resolve("elsewhere"));
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "theme: mine\n");
        for (String command : List.of("build", "check")) {
            console.reset();
            assertEquals(1, command.equals("build")
                    ? Main.run("build", "--content", content.toString(), "--output", root.resolve("site").toString())
                    : Main.run("check", "--content", content.toString()));
            assertTrue(console.err().startsWith("content/site.yaml:5: 错误：找不到主题“mine”"), console.err());
        }
        assertFalse(Files.exists(root.resolve("site")));
    }
}
