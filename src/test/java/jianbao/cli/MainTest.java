package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import jianbao.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line speaks Chinese: its help, and its messages about a command typed wrong. */
class MainTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final List<String> ENGLISH = List.of("Usage", "Options", "Commands", "Show this help", "Print version",
            "Unmatched", "Unknown", "Missing", "Invalid value", "Did you mean", "COMMAND");

    private void assertNoEnglish(String text) {
        ENGLISH.forEach(words -> assertFalse(text.contains(words), words + " in " + text));
    }

    @Test
    void withoutACommandItListsTheCommandsAndFails() {
        assertEquals(2, Main.run());
        String help = console.err();
        assertTrue(help.startsWith("用法：jianbao [-hV] <命令>"), help);
        for (String command : List.of("build", "check", "import", "new", "serve")) {
            assertTrue(help.contains("\n  " + command + " "), command + " in " + help);
        }
        assertNoEnglish(help);
        assertEquals("", console.out());
    }

    @Test
    void helpOfEveryCommandIsChinese() {
        for (String command : List.of("build", "check", "import", "new", "serve")) {
            console.reset();
            assertEquals(0, Main.run(command, "--help"));
            String help = console.out();
            assertTrue(help.startsWith("用法：jianbao " + command), help);
            assertTrue(help.contains("\n选项：\n"), help);
            assertTrue(help.contains("显示这段帮助后退出。"), help);
            assertNoEnglish(help);
        }
        console.reset();
        assertEquals(0, Main.run("--help"));
        assertTrue(console.out().contains("\n命令：\n"), console.out());
        assertNoEnglish(console.out());
    }

    /** A command line typed wrong, and what must be said about it. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("bild"), "出错：没有“bild”这个命令。是不是“build”？", "jianbao --help"),
                Arguments.of(List.of("publish"), "出错：没有“publish”这个命令。可用的命令：build、check、import、new、serve。", "jianbao --help"),
                Arguments.of(List.of("build", "--foo"), "出错：没有“--foo”这个选项。", "jianbao build --help"),
                Arguments.of(List.of("check", "--stict"), "出错：没有“--stict”这个选项。是不是“--strict”？", "jianbao check --help"),
                Arguments.of(List.of("import"), "出错：缺少参数 <文件>。", "jianbao import --help"),
                Arguments.of(List.of("serve", "--port", "abc"), "出错：--port 的值“abc”不对：应是整数。", "jianbao serve --help"),
                Arguments.of(List.of("build", "--output"), "出错：选项 --output 后面缺少值。", "jianbao build --help"),
                Arguments.of(List.of("check", "extra"), "出错：多余的参数“extra”。", "jianbao check --help"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsToldInChineseWithWhereToFindTheUsage(List<String> args, String message, String help) {
        int status = Main.run(args.toArray(String[]::new));
        assertTrue(status != 0);
        List<String> lines = console.err().lines().toList();
        assertEquals(List.of(message, "用“" + help + "”查看用法。"), lines);
        assertNoEnglish(console.err());
    }
}
