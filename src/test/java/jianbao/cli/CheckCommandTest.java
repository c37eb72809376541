package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jianbao.ArchiveGenerator;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** check: every error and warning at once with file:line, an exit status for hooks and CI, nothing written. */
class CheckCommandTest {

    @TempDir
    Path root;
    Path content;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void setUp() throws IOException {
        content = ArchiveGenerator.write(root, 8, 4);
        Path registry = content.resolve("departments.yaml");
        TestSites.write(registry, Files.readString(registry).replace("- name: 区城管局\n", "- name: 区城管局\n  aliases: [区城市管理局]\n"));
    }

    private int check(String... extra) {
        console.reset();
        return Main.run(Stream.concat(Stream.of("check", "--content", content.toString()), Stream.of(extra)).toArray(String[]::new));
    }

    private String messages() {
        return console.err();
    }

    private void edit(int number, String from, String to) throws IOException {
        Path file = ArchiveGenerator.issueFile(content, 2015, number);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        TestSites.write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static String headline(int number, int article) {
        return "（2015年第" + number + "期第" + article + "条）";
    }

    @Test
    void cleanContentPassesAndWritesNothing() {
        assertEquals(0, check());
        assertEquals("", messages());
        assertTrue(console.out().contains("检查完毕：8 期，32 条信息，没有发现问题"), console.out());
        assertEquals(0, check("--strict"));
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void suspiciousContentIsWarnedAboutWithFileAndLineAndPassesUnlessStrict() throws IOException {
        edit(2, "（区", "（区城市管里局、区");                       // article 1 of issue 2: a slip in an alias
        edit(3, "（区", "（区成管局、区");                            // article 1 of issue 3: a slip in a name
        Files.delete(ArchiveGenerator.issueFile(content, 2015, 5));  // a gap: 4, then 6
        edit(7, "date: 2015-02-14", "date: 2015-01-30");              // before issue 6 (2015-02-07)
        Path four = ArchiveGenerator.issueFile(content, 2015, 4);
        String[] blocks = Files.readString(four).split("\n\n");
        TestSites.write(four, Files.readString(four).replace(blocks[4], "做好工作。（区财政局）")                // article 2: far too short
                .replace(blocks[6], (blocks[6].replaceAll("（[^（）]*）$", "")).repeat(6) + "（区财政局）"));     // article 3: far too long
        Path eight = ArchiveGenerator.issueFile(content, 2015, 8);
        String repeated = Files.readString(ArchiveGenerator.issueFile(content, 2015, 1)).lines()
                .filter(line -> line.startsWith("## ")).findFirst().orElseThrow();
        TestSites.write(eight, Files.readString(eight).replaceFirst("## .*" + java.util.regex.Pattern.quote(headline(8, 2)),
                java.util.regex.Matcher.quoteReplacement(repeated)));

        assertEquals(0, check());
        String messages = messages();
        assertTrue(messages.contains("content/issues/2015/002.md:12: 警告：供稿单位“区城市管里局”不在部门名录 departments.yaml 中，"
                + "已按拼音生成页面地址。是不是“区城市管理局”（即“区城管局”）？"), messages);
        assertTrue(messages.contains("content/issues/2015/003.md:12: 警告：供稿单位“区成管局”不在部门名录"), messages);
        assertTrue(messages.contains("是不是“区城管局”？"), messages);
        assertTrue(messages.contains("content/issues/2015/006.md:2: 警告：2015年第4期之后是第6期，缺少第5期。"), messages);
        assertTrue(messages.contains("content/issues/2015/007.md:3: 警告：出刊日期 2015-01-30 早于上一期（第6期，2015-02-07）"), messages);
        assertTrue(messages.contains("content/issues/2015/004.md:14: 警告：信息“") && messages.contains("正文只有 5 个字，比往常短得多"), messages);
        assertTrue(messages.matches("(?s).*content/issues/2015/004.md:18: 警告：信息“[^”]*”正文有 \\d+ 个字，比往常长得多.*"), messages);
        assertTrue(messages.contains("content/issues/2015/008.md:14: 警告：标题“" + repeated.substring(3) + "”与2015年第1期第1条相同"), messages);
        // The briefs of issue 7 keep the date of 2015-02-14, now later than the issue's.
        assertTrue(messages.contains("content/issues/2015/007.md:26:5: 警告：日期“2月14日”晚于本期的出刊日期（2015年1月30日）"), messages);
        assertTrue(messages.contains("content/issues/2015/007.md:28:5: 警告：日期“2月14日”晚于本期的出刊日期"), messages);
        assertEquals(9, messages.lines().filter(line -> line.contains(": 警告：")).count(), messages);
        assertTrue(console.out().contains("没有错误，有 9 个警告"));

        assertEquals(1, check("--strict"));
        assertEquals(9, messages().lines().filter(line -> line.contains(": 错误：")).count(), messages());
        assertEquals(0, check("--quiet"));
        assertEquals("", messages());
    }

    @Test
    void everyErrorIsReportedAtOnceAndTheExitStatusSaysSo() throws IOException {
        edit(2, "number: 2", "number: 二");
        Path three = ArchiveGenerator.issueFile(content, 2015, 3);
        TestSites.write(three, Files.readString(three).replaceFirst("项。（[^）]*）", "项。（）"));
        edit(6, "（区", "（区成管局、区");
        assertEquals(1, check());
        String messages = messages();
        assertTrue(messages.contains("content/issues/2015/002.md:2: 错误：期号应是正整数"), messages);
        assertTrue(messages.contains("content/issues/2015/003.md:12: 错误：信息“") && messages.contains("末尾的括号里没有写供稿单位"), messages);
        assertTrue(messages.contains("content/issues/2015/006.md:12: 警告：供稿单位“区成管局”"), "warnings too, at the same time: " + messages);
        assertTrue(messages.contains("发现 2 个错误、1 个警告"), messages);
        assertFalse(messages.contains("缺少第2期"), "an issue with errors is not missing");
        assertEquals(1, check("--quiet"));
        assertFalse(messages().contains(": 警告："), messages());
        assertFalse(Files.exists(root.resolve("site")));
    }
}
