package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** check --fix: changes only what cannot change the meaning, says each change, leaves the rest, and changes nothing twice. */
class CheckFixTest {

    @TempDir
    Path root;
    Path content;
    Path issue;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String WRITTEN = """
            ---
            number: 46
            date: 2024-08-16
            editor: 张三
            ---

            ## 区财政局加强台帐管理

            一是加强管理,提升服务。二是柔性 with 刚性执法并施。三是深入开展两学一作学习教育，完成，，任务。（区财政局）

            △ **8月19日**，召开会议“三个管理。（区财政局）
            """;

    private static final String FIXED = WRITTEN.replace("加强台帐管理", "加强台账管理").replace("加强管理,提升", "加强管理，提升");

    @BeforeEach
    void setUp() {
        content = TestSites.fixtureContent(root, 20);
        issue = content.resolve("issues/2024/046.md");
        TestSites.write(issue, WRITTEN);
    }

    private int fix() {
        console.reset();
        return Main.run("check", "--fix", "--content", content.toString());
    }

    @Test
    void changesOnlyWhatItListsAndLeavesTheRestForAPerson() throws IOException {
        assertEquals(0, fix());
        assertEquals(FIXED, Files.readString(issue));
        List<String> said = console.out().lines().filter(line -> line.contains("改前") || line.contains("改后")).toList();
        assertEquals(List.of(
                "content/issues/2024/046.md:7: 改前：## 区财政局加强台帐管理",
                "content/issues/2024/046.md:7: 改后：## 区财政局加强台账管理",
                "content/issues/2024/046.md:9: 改前：一是加强管理,提升服务。二是柔性 …",
                "content/issues/2024/046.md:9: 改后：一是加强管理，提升服务。二是柔性 …"), said);
        assertTrue(console.out().contains("自动改正了 2 处"), console.out());
        String left = console.err();
        for (String words : List.of("046.md:9:18: 警告：中文里夹着外文“with”", "046.md:9:36: 警告：“两学一作”与规范表述“两学一做”",
                "046.md:9:47: 警告：标点“，，”重复了", "046.md:11:5: 警告：日期“8月19日”晚于本期的出刊日期", "046.md:11:17: 警告：““”没有与它配对的")) {
            assertTrue(left.contains(words), words + " in " + left);
        }
    }

    @Test
    void isIdempotent() throws IOException {
        fix();
        byte[] once = Files.readAllBytes(issue);
        assertEquals(0, fix());
        assertTrue(console.out().contains("没有可以自动改正的地方。"), console.out());
        assertEquals(List.of(), console.out().lines().filter(line -> line.contains("改前")).toList());
        assertEquals(new String(once, StandardCharsets.UTF_8), Files.readString(issue));
    }

    @Test
    void keepsLineEndsAndByteOrderMark() throws IOException {
        byte[] text = ("\uFEFF" + WRITTEN.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(issue, text);
        fix();
        assertEquals("\uFEFF" + FIXED.replace("\n", "\r\n"), Files.readString(issue));
    }

    @Test
    void withoutFixNothingIsWrittenAndAListedMistakeIsAnError() throws IOException {
        console.reset();
        assertEquals(1, Main.run("check", "--content", content.toString()));
        assertEquals(WRITTEN, Files.readString(issue));
        assertTrue(console.err().contains("content/issues/2024/046.md:7:10: 错误：“台帐”是错别字或不规范的写法，应写作“台账”。"
                + "（原文：区财政局加强台帐管理）"), console.err());
    }
}
