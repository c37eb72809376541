package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile or careless content, as an outside review wrote it: build and check either refuse it
 * with the same file:line message, leaving the previous site exactly as it was and nothing behind,
 * or publish it made harmless with a warning.
 */
class HostileInputTest {

    @TempDir
    Path root;
    Path content;
    Path site;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void buildAGoodSite() {
        content = TestSites.fixtureContent(root, 20);
        site = root.resolve("site");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        assertEquals(0, run("build"), console::err);
    }

    private int run(String command) {
        console.reset();
        return command.equals("build")
                ? Main.run("build", "--content", content.toString(), "--output", site.toString())
                : Main.run("check", "--content", content.toString());
    }

    /** A valid issue 46 whose one article has {@code body} before its department parenthetical. */
    static String issueWithBody(String body) {
        return "---\nnumber: 46\ndate: 2024-08-16\n---\n\n## 标题\n\n" + body + "\n\n正文。（区财政局）\n";
    }

    /** Item 2: nesting that once overflowed the parser's or renderer's stack. */
    static Stream<Arguments> deepNesting() {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 500; level++) {
            indented.append("  ".repeat(level)).append("- 第").append(level + 1).append("层\n");
        }
        return Stream.of(
                Arguments.of("10,000 >", "issues/2024/046.md", issueWithBody(">".repeat(10_000)),
                        "content/issues/2024/046.md:8: 错误：这里的引用或列表套了"),
                Arguments.of("10,000 '- '", "issues/2024/046.md", issueWithBody("- ".repeat(10_000)),
                        "content/issues/2024/046.md:8: 错误："),
                Arguments.of("a list indented 500 levels", "issues/2024/046.md", issueWithBody(indented.toString()),
                        "content/issues/2024/046.md:24: 错误：这里的引用或列表套了 17 层"),
                Arguments.of("2,000 * then a letter", "issues/2024/046.md", issueWithBody("*".repeat(2000) + "a"),
                        "content/issues/2024/046.md:8: 错误：这一行连着写了 2000 个"),
                Arguments.of("emphasis nested 2,000 deep", "issues/2024/046.md",
                        issueWithBody("*甲 ".repeat(2000) + "乙" + " 丙*".repeat(2000)),
                        "content/issues/2024/046.md:8: 错误：这里的强调（* 或 _）或链接套了"),
                Arguments.of("a paragraph of 20,000 link references", "issues/2024/046.md",
                        issueWithBody(referenceParagraph()),
                        "content/issues/2024/046.md:8: 错误：这一段的 &、<、` 或 ] 符号太多"),
                Arguments.of("a line of 60,000 characters", "issues/2024/046.md", issueWithBody("字".repeat(60_000)),
                        "content/issues/2024/046.md:8: 错误：这一段超过 50000 个字"),
                Arguments.of("a paragraph of 9,990 entities", "issues/2024/046.md", issueWithBody("&amp;".repeat(9990)),
                        "content/issues/2024/046.md:8: 错误：这一段的 &、<、` 或 ] 符号太多"),
                Arguments.of("a free page of 10,000 >", "pages/about.md", "---\ntitle: 关于\n---\n\n" + ">".repeat(10_000) + "\n",
                        "content/pages/about.md:5: 错误：这里的引用或列表套了"));
    }

    private static String referenceParagraph() {
        StringBuilder references = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            references.append("[a").append(i).append("]: http://example.gov.cn/").append(i).append('\n');
        }
        return references.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepNesting")
    void deepNestingIsRefusedWithFileAndLine(String name, String file, String text, String message) {
        refused(file, text, message);
    }

    /** Item 9: numbers are decimal, whatever YAML 1.1 says; explicit tags are refused. */
    static Stream<Arguments> yamlNumbersAndTags() {
        return Stream.of(
                Arguments.of("0x2E", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("number: 46", "number: 0x2E"),
                        "content/issues/2024/046.md:2: 错误：期号应是正整数（如 45），现在是“0x2E”"),
                Arguments.of("!!binary", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("editor: 张三", "editor: !!binary 5byg5LiJ"),
                        "content/issues/2024/046.md:4: 错误：格式有误：不支持“!!binary”这样的标签"),
                Arguments.of("!!int", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("number: 46", "number: !!int 0x2E"),
                        "content/issues/2024/046.md:2: 错误：格式有误：不支持“!!int”这样的标签"),
                Arguments.of("a global tag", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("editor: 张三", "editor: !!java.io.File /etc/passwd"),
                        "content/issues/2024/046.md:4: 错误：格式有误：不支持“!!java.io.File”这样的标签"),
                Arguments.of("a tag in site.yaml", "site.yaml", "title: !!binary 5rWL6K+V\nbase_url: https://example.gov.cn/\n",
                        "content/site.yaml:1: 错误：格式有误：不支持“!!binary”这样的标签"),
                Arguments.of("an alias bomb", "issues/2024/046.md", aliasBomb(),
                        "content/issues/2024/046.md:2: 错误：格式有误：引用（以 * 开头的别名）用得太多"),
                Arguments.of("brackets 10,000 deep", "issues/2024/046.md",
                        TestSites.issue(46, "2024-08-16", "区财政局").replace("editor: 张三", "editor: " + "[".repeat(10_000) + "]".repeat(10_000)),
                        "content/issues/2024/046.md:2: 错误：格式有误：方括号或花括号套了太多层"),
                Arguments.of("a tag in departments.yaml", "departments.yaml", "- name: 区财政局\n  slug: !!float 1.5\n",
                        "content/departments.yaml:2: 错误：格式有误：不支持“!!float”这样的标签"));
    }

    /** Nine lists of nine references to the list before: a billion strings if they were expanded. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("---\nnumber: 46\ndate: 2024-08-16\na: &a [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n");
        String previous = "a";
        for (String name : "bcdefghi".split("")) {
            yaml.append(name).append(": &").append(name).append(" [").append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
            previous = name;
        }
        return yaml + "---\n\n## 标题\n\n正文。（区财政局）\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlNumbersAndTags")
    void yamlTypesAreRefusedWithFileAndLine(String name, String file, String text, String message) {
        refused(file, text, message);
    }

    @Test
    void zeroPaddedNumbersAreDecimal() {
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局").replace("number: 45", "number: 045"));
        TestSites.write(content.resolve("issues/2024/010.md"), TestSites.issue(10, "2024-03-01", "区财政局").replace("number: 10", "number: 010"));
        assertEquals(0, run("check"), console::err);
        assertEquals(0, run("build"), console::err);
        assertTrue(TestSites.page(site, "issues/2024/45/").selectFirst("h1").text().contains("2024年第45期"));
        assertTrue(TestSites.page(site, "issues/2024/10/").selectFirst("h1").text().contains("2024年第10期"));
    }

    @Test
    void yesNoOnAndOffAreWordsNotBooleans() {
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局").replace("editor: 张三", "editor: NO"));
        assertEquals(0, run("build"), console::err);
        assertTrue(TestSites.page(site, "issues/2024/45/").text().contains("责任编辑：NO"), () -> TestSites.page(site, "issues/2024/45/").text());
        refused("issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("editor: 张三", "draft: yes"),
                "content/issues/2024/046.md:4: 错误：“draft”只能是 true 或 false，现在是“yes”。");
    }

    /** Item 10: a key written twice. */
    static Stream<Arguments> duplicateKeys() {
        return Stream.of(
                Arguments.of("two date lines", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", "区财政局").replace("editor: 张三", "date: 2024-08-17"),
                        "content/issues/2024/046.md:4: 错误：格式有误：“date”写了两次，请删去其中一行。"),
                Arguments.of("site.yaml", "site.yaml", "title: 测试信息\nbase_url: https://example.gov.cn/\ntitle: 别的名字\n",
                        "content/site.yaml:3: 错误：格式有误：“title”写了两次"),
                Arguments.of("departments.yaml", "departments.yaml", "- name: 区财政局\n  slug: caizheng-ju\n  slug: caizheng\n",
                        "content/departments.yaml:3: 错误：格式有误：“slug”写了两次"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateKeys")
    void duplicateKeysAreRefusedWithFileAndLine(String name, String file, String text, String message) {
        refused(file, text, message);
        assertFalse(console.err().contains("duplicate"), console.err());
    }

    /** Item 3: names that become a folder of the site must fit in a file name, and check says so as build does. */
    static Stream<Arguments> namesTooLongForAFileName() {
        String longName = "很长的单位名称".repeat(50);
        return Stream.of(
                Arguments.of("an unregistered department", "issues/2024/046.md", TestSites.issue(46, "2024-08-16", longName),
                        "content/issues/2024/046.md:9: 错误：供稿单位“" + longName.substring(0, 30) + "…”太长：按拼音生成的页面地址有 "),
                Arguments.of("a registered slug", "departments.yaml", "- name: 区财政局\n  slug: " + "a".repeat(300) + "\n",
                        "content/departments.yaml:1: 错误：部门“区财政局”的页面地址（slug）有 300 个字符，太长，不能作为文件名（最多 200 个）"),
                Arguments.of("a registered name without a slug", "departments.yaml", "- name: 区财政局\n- name: " + longName + "\n",
                        "content/departments.yaml:2: 错误：部门“" + longName.substring(0, 30) + "…”的页面地址（slug）有 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesTooLongForAFileName")
    void namesTooLongForAFileNameAreRefusedByCheckAsByBuild(String name, String file, String text, String message) {
        refused(file, text, message);
    }

    /** Item 11: headlines and names that show nothing. */
    static Stream<Arguments> invisibleNames() {
        String good = TestSites.issue(46, "2024-08-16", "区财政局");
        return Stream.of(
                Arguments.of("zero-width spaces", "issues/2024/046.md", good.replace("## 第46期第1条信息", "## \u200B\u200B\u200B"),
                        "content/issues/2024/046.md:7: 错误：这里的 ## 后面缺少信息标题"),
                Arguments.of("full-width spaces", "issues/2024/046.md", good.replace("## 第46期第1条信息", "## \u3000\u3000"),
                        "content/issues/2024/046.md:7: 错误：这里的 ## 后面缺少信息标题"),
                Arguments.of("joiners, BOM and a Hangul filler", "issues/2024/046.md",
                        good.replace("## 第46期第1条信息", "## \u2060\uFEFF\u200D\u3164\u180E"),
                        "content/issues/2024/046.md:7: 错误：这里的 ## 后面缺少信息标题"),
                Arguments.of("an invisible department", "issues/2024/046.md", good.replace("（区财政局）", "（区财政局、\u200B\u200C）"),
                        "content/issues/2024/046.md:9: 错误：信息“第46期第1条信息”末尾的括号里有一个供稿单位只由零宽空格之类看不见的字符组成"),
                Arguments.of("an invisible page title", "pages/about.md", "---\ntitle: \"\u200B\u3000\"\n---\n\n关于本刊。\n",
                        "content/pages/about.md:2: 错误：缺少页面标题"),
                Arguments.of("an invisible site title", "site.yaml", "title: \"\u2060\"\nbase_url: https://example.gov.cn/\n",
                        "content/site.yaml:1: 错误：缺少网站名称"),
                Arguments.of("an invisible registered name", "departments.yaml", "- name: 区财政局\n- name: \"\u200B\"\n  slug: kong\n",
                        "content/departments.yaml:2: 错误：部门名称或别名只由零宽空格、全角空格之类看不见的字符组成"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleNames")
    void invisibleHeadlinesAndNamesAreRefused(String name, String file, String text, String message) {
        refused(file, text, message);
    }

    /** Item 12: control characters are removed, with a warning, before they can reach a page, a feed or the search index. */
    @Test
    void controlCharactersAreRemovedWithAWarning() throws IOException {
        String controls = "\u0000\u0001\u001B[31m\u007F\u0085\u009F\uFFFE\uFFFF";
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局")
                .replace("## 第46期第1条信息", "## 第46期\u0000第1条信息").replace("一是做好工作", "一是" + controls + "做好工作"));
        for (String command : new String[] {"check", "build"}) {
            assertEquals(0, run(command), console::err);
            assertTrue(console.err().contains("content/issues/2024/046.md:7: 警告：第 8 列有看不见的控制字符 U+0000，已删去。"), console.err());
            assertTrue(console.err().contains("content/issues/2024/046.md:9: 警告：第 3 列有看不见的控制字符 U+0000，这一行共 8 个，已删去。"), console.err());
        }
        assertEquals("第46期第1条信息", TestSites.page(site, "issues/2024/46/1/").selectFirst("h1").text());
        assertTrue(TestSites.page(site, "issues/2024/46/1/").text().contains("一是[31m做好工作"));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".txt")) {
                    assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F
                            || c == 0xFFFE || c == 0xFFFF), file + " holds a control character");
                }
            }
        }
    }

    /**
     * Lines ending in a backslash or two spaces, with blank and indented lines among them, once made
     * the text of the article fail inside the Markdown library ("Accumulated range … overlaps"),
     * stopping check and build with a message no writer could act on. They are published as written.
     */
    @Test
    void lineBreaksAmongBlankAndIndentedLinesArePublished() {
        TestSites.write(content.resolve("issues/2024/046.md"), issueWithBody("一是  \n\\\n  \n\\\n    *_\\\n"));
        for (String command : new String[] {"check", "build"}) {
            assertEquals(0, run(command), console::err);
            assertFalse(console.err().contains("出错"), console.err());
        }
        org.jsoup.nodes.Document article = TestSites.page(site, "issues/2024/46/1/");
        assertEquals("一是 \\", article.selectFirst(".body p").text());
        assertEquals("*_\\", article.select(".body p").get(1).text());
    }

    /**
     * Item 7: check on one file of thousands of articles (its time is measured by bench/one-file.sh,
     * not here) still puts each warning on its article's line.
     */
    @Test
    void checkFindsTheLineOfEveryArticleInAFileOfThousands() {
        int articles = 3000;
        StringBuilder issue = new StringBuilder("---\nnumber: 46\ndate: 2024-08-16\n---\n");
        for (int i = 1; i <= articles; i++) {
            String headline = i == articles ? "第45期第1条信息" : "第46期第" + i + "条信息";
            issue.append("\n## ").append(headline).append("\n\n一是做好工作。二是加强管理。（区财政局）\n");
        }
        TestSites.write(content.resolve("issues/2024/046.md"), issue.toString());
        assertEquals(0, run("check"), console::err);
        int lastHeading = 4 + 4 * (articles - 1) + 2;
        assertTrue(console.err().contains("content/issues/2024/046.md:" + lastHeading + ": 警告：标题“第45期第1条信息”与2024年第45期第1条相同"),
                console.err());
    }

    /** A file beside an issue that would take the place of one of its pages. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "index.html"})
    void anAttachmentNamedLikeAPageIsRefused(String name) {
        TestSites.write(content.resolve("issues/2024/046/" + name), "附件");
        refused("issues/2024/046/index.md", TestSites.issue(46, "2024-08-16", "区财政局"),
                "content/issues/2024/046/" + name + ": 错误：附件名“" + name + "”与本期网页的地址冲突");
    }

    /** Item 14: two names that are only symbols get the same page address; told where they are written. */
    @Test
    void aSlugCollisionOfUnregisteredNamesIsReportedWhereTheNamesAreWritten() {
        TestSites.write(content.resolve("issues/2024/047.md"), TestSites.issue(47, "2024-08-23", "区财政局", "◆◆"));
        refused("issues/2024/046.md", TestSites.issue(46, "2024-08-16", "★★", "区财政局"),
                "content/issues/2024/046.md:9: 错误：供稿单位“★★”和“◆◆”的页面地址都是 department。");
        String printed = console.err();
        assertTrue(printed.contains("content/issues/2024/047.md:13: 错误：供稿单位“◆◆”和“★★”的页面地址都是 department。"), printed);
        assertFalse(printed.contains("departments.yaml: 错误"), printed);
    }

    /**
     * Writes {@code text} to {@code file} of the content and asserts that check and build both
     * report {@code message}, and that the build left the previous site as it was and nothing behind.
     */
    private void refused(String file, String text, String message) {
        Map<String, String> before = TestSites.tree(site);
        TestSites.write(content.resolve(file), text);
        for (String command : new String[] {"check", "build"}) {
            assertEquals(1, run(command), command + ": " + console.err());
            String printed = console.err();
            assertTrue(printed.contains(message), command + " printed: " + printed);
            assertFalse(printed.contains("Exception") || printed.contains("\tat ") || printed.contains("Error"), printed);
        }
        assertEquals(before, TestSites.tree(site), "the previous site is untouched");
        try (Stream<Path> siblings = Files.list(root)) {
            // The lock file stays beside the site by design; a staging folder must not.
            assertEquals(Arrays.asList(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".site.lock")).toList(), "nothing left beside the site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
