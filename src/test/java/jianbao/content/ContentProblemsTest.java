package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jianbao.TestSites;
import jianbao.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad content is reported with file, line and a message its author understands. */
class ContentProblemsTest {

    @TempDir
    Path root;

    private ContentLoader.Result load(Path content) {
        return ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
    }

    /** One bad issue file 046.md: its text, the line of the error and words the message must contain. */
    static Stream<Arguments> badIssues() {
        String good = TestSites.issue(46, "2024-08-16", "区财政局");
        return Stream.of(
                Arguments.of("no front matter", "## 标题\n\n正文。（区财政局）\n", 1, "缺少以 --- 开始的信息头"),
                Arguments.of("front matter not closed", "---\nnumber: 46\ndate: 2024-08-16\n\n## 标题\n", 1, "信息头没有结束"),
                Arguments.of("malformed yaml", "---\nnumber: 46\ndate: 2024-08-16\neditor: 张三: 李四\n---\n\n## 标题\n\n正文。（区财政局）\n", 4, "格式有误"),
                Arguments.of("missing number", good.replace("number: 46\n", ""), 1, "缺少期号"),
                Arguments.of("invalid number", good.replace("number: 46", "number: 四十六"), 2, "期号应是正整数"),
                Arguments.of("number differs from file name", good.replace("number: 46", "number: 47"), 2, "与文件名不一致"),
                Arguments.of("missing date", good.replace("date: 2024-08-16\n", ""), 1, "缺少出刊日期"),
                Arguments.of("invalid date", good.replace("2024-08-16", "2024-02-30"), 3, "不是真实存在的日期"),
                Arguments.of("unreadable date", good.replace("2024-08-16", "下周五"), 3, "看不懂"),
                Arguments.of("date in another year", good.replace("2024-08-16", "2023-08-16"), 3, "不在文件所在的年份目录"),
                Arguments.of("article without headline", good.replace("## 第46期第1条信息", "##"), 7, "缺少信息标题"),
                Arguments.of("article without body", good + "## 只有标题\n", 11, "只有标题，没有正文"),
                Arguments.of("article without source department", good.replace("（区财政局）", ""), 9, "末尾没有用括号注明供稿单位"),
                Arguments.of("brief without source department", good + "△ **8月16日**，召开会议。\n", 11, "简讯末尾没有用括号注明供稿单位"),
                Arguments.of("empty department parenthetical", good.replace("（区财政局）", "（）"), 9, "括号里没有写供稿单位"),
                Arguments.of("text before the first headline", good.replace("## 第46期", "开头的话。\n\n## 第46期"), 7, "第一个标题之前有正文"),
                Arguments.of("no articles at all", "---\nnumber: 46\ndate: 2024-08-16\n---\n\n", 5, "没有任何信息"),
                Arguments.of("unknown kind", field(good, "kind: 季刊"), 4, "期刊类别“季刊”不认识"),
                Arguments.of("kind differs from file name", field(good, "kind: 增刊"), 4, "文件名应为 zengkan-046.md"),
                Arguments.of("own title of a regular issue", field(good, "title: 防汛工作"), 4, "只有增刊、专刊才有自己的题目"),
                Arguments.of("invalid running total", field(good, "total: 三百"), 4, "总期号（总第几期）应是正整数"),
                Arguments.of("unknown footer word", field(good, "footer:\n  报: 市委办公室\n  呈: 市政府"), 6, "落款“呈”不认识"),
                Arguments.of("footer line without recipients", field(good, "footer:\n  报: 市委办公室\n  送:"), 6, "“送：”后面没有写报送单位"),
                Arguments.of("footer written on one line", field(good, "footer: 报市委办公室"), 4, "应分行写出各项"),
                Arguments.of("发 written twice", field(good, "distribution: 各镇\nfooter:\n  发: 各街道"), 6, "“发”写了两遍"),
                Arguments.of("invalid print run", field(good, "print_run: 六十"), 4, "印数（共印几份）应是正整数"),
                Arguments.of("marking field", field(good, "marking: 内部资料"), 4, "标有“内部资料”"),
                Arguments.of("classification field", field(good, "classification: 机密"), 4, "标有“机密”"),
                Arguments.of("marking line in the body", good.replace("## 第46期", "内部资料　注意保存\n\n## 第46期"), 7, "不得在网站上发布"),
                Arguments.of("starred classification", good.replace("## 第46期", "秘密★1年\n\n## 第46期"), 7, "标有“秘密★1年”"),
                Arguments.of("marking in the masthead", field(good, "bulletin: 上街信息（绝密）"), 4, "不得在网站上发布"),
                Arguments.of("empty section", good + "# 【基层经验】\n", 11, "栏目“基层经验”下面没有信息"),
                Arguments.of("body under a section before its headline", good.replace("## 第46期", "# 【工作动态】\n\n开头的话。\n\n## 第46期"), 9,
                        "下面直接是正文"),
                Arguments.of("section without a name", good.replace("## 第46期", "# 【】\n\n## 第46期"), 7, "缺少栏目名称"),
                Arguments.of("note with no article after it", good + "编者按：没有下文。\n", 11, "这段编者按后面没有信息"),
                Arguments.of("two notes before one article", good + "编者按：一。\n\n按：二。\n\n## 第二条\n\n正文。（区财政局）\n", 13,
                        "接连有两段编者按"),
                Arguments.of("empty note", good.replace("## 第46期", "编者按：\n\n## 第46期"), 7, "后面没有按语内容"),
                Arguments.of("empty subtitle", good.replace("信息\n\n一是", "信息\n\n——\n\n一是"), 9, "副标题“——”后面没有文字"),
                Arguments.of("authors line without names", good.replace("信息\n\n一是", "信息\n\n作者：\n\n一是"), 9, "没有写作者姓名"));
    }

    /** {@code issue} with {@code lines} added to its front matter, on line 4. */
    private static String field(String issue, String lines) {
        return issue.replace("editor: 张三", lines + "\neditor: 张三");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIssues")
    void badIssueIsReportedWithFileAndLine(String name, String text, int line, String words) {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        Path bad = content.resolve("issues/2024/046.md");
        TestSites.write(bad, text);
        ContentLoader.Result result = load(content);
        assertTrue(result.site().isEmpty());
        List<Problem> errors = result.problems().all().stream().filter(Problem::isError).toList();
        assertTrue(errors.stream().anyMatch(p -> p.file().equals(bad) && p.line() == line && p.message().contains(words)),
                () -> "expected line " + line + " \"" + words + "\" in " + errors);
    }

    /** A headline typed with full-width ＃ or without its space: one error that says so, none about what follows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("mistypedMarks")
    void mistypedHeadlineMarksGetOneErrorThatSaysSo(String marks, String words) {
        Path content = TestSites.fixtureContent(root, 20);
        Path bad = content.resolve("issues/2024/046.md");
        String good = TestSites.issue(46, "2024-08-16", "区财政局", "峡窝镇");
        TestSites.write(bad, good.replace("## 第46期第1条信息", marks + "第46期第1条信息"));
        List<Problem> problems = load(content).problems().all();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line());
        assertTrue(problems.get(0).isError() && problems.get(0).message().contains(words), problems.toString());
        assertTrue(problems.get(0).message().contains("请写成“## 第46期第1条信息”"), problems.toString());
    }

    static Stream<Arguments> mistypedMarks() {
        return Stream.of(
                Arguments.of("##", "井号后面缺少空格"),
                Arguments.of("##\u3000", "井号后面缺少空格"),
                Arguments.of("＃＃ ", "全角的“＃”"),
                Arguments.of("＃＃", "全角的“＃”"),
                Arguments.of("#", "井号后面缺少空格"));
    }

    @Test
    void anArticleOrBriefSayingItHasNoSourceDepartmentIsPublishedWithout() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "无")
                + "△ **8月9日**，召开会议。（无）\n");
        ContentLoader.Result loaded = load(content);
        assertEquals(List.of(), loaded.problems().all());
        Site site = loaded.site().orElseThrow();
        assertEquals(List.of(), site.articles().get(0).departments());
        assertEquals(List.of(), site.issues().get(0).briefs().get(0).departments());
        assertTrue(site.articles().get(0).text().endsWith("完成任务 1 项。"), site.articles().get(0).text());
        assertTrue(site.issues().get(0).briefs().get(0).text().endsWith("召开会议。"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局").replace("number: 45", "number: x"));
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", ""));
        TestSites.write(content.resolve("issues/2024/047.md"), "no front matter");
        List<Problem> errors = load(content).problems().all().stream().filter(Problem::isError).toList();
        assertEquals(List.of("045.md:2", "046.md:9", "047.md:1"),
                errors.stream().map(p -> p.file().getFileName() + ":" + p.line()).toList());
    }

    @Test
    void issueProblemsAreReportedEvenWhenTheSiteSettingsAreBroken() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), "title: 测试信息\n");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-32", "区财政局"));
        List<Problem> errors = load(content).problems().all().stream().filter(Problem::isError).toList();
        assertEquals(List.of("045.md", "site.yaml"), errors.stream().map(p -> p.file().getFileName().toString()).toList(),
                errors.toString());
        assertTrue(errors.get(0).message().contains("不是真实存在的日期"), errors.toString());
    }

    @Test
    void theSameIssueTwiceIsAnError() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/45/index.md"), TestSites.issue(45, "2024-08-09", "峡窝镇"));
        List<Problem> errors = load(content).problems().all().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("2024年第45期重复"), errors.toString());
    }

    @Test
    void gbkFileIsRefusedNamingItsEncoding() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path gbk = content.resolve("issues/2024/045.md");
        Files.createDirectories(gbk.getParent());
        Files.write(gbk, TestSites.issue(45, "2024-08-09", "区财政局").getBytes(Charset.forName("GBK")));
        List<Problem> errors = load(content).problems().all();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(4, errors.get(0).line(), "the first line with Chinese text");
        assertTrue(errors.get(0).message().contains("不是 UTF-8 编码，看起来是 GBK"), errors.get(0).message());
    }

    @Test
    void aWrittenReplacementCharacterIsTextButABadByteAfterItIsRefused() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path file = content.resolve("issues/2024/045.md");
        String issue = TestSites.issue(45, "2024-08-09", "区财政局").replace("## 第45期第1条信息", "## 第45期第1条信息\uFFFD");
        TestSites.write(file, issue);
        ContentLoader.Result accepted = load(content);
        assertEquals(List.of(), accepted.problems().all());
        assertTrue(accepted.site().orElseThrow().articles().get(0).headline().endsWith("\uFFFD"));

        byte[] utf8 = (issue + "\n乱码").getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 1] = (byte) 0xFF;
        Files.write(file, utf8);
        List<Problem> errors = load(content).problems().all();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(issue.split("\n", -1).length + 1, errors.get(0).line(), "the line of the bad byte");
        assertTrue(errors.get(0).message().contains("不是 UTF-8 编码"), errors.get(0).message());
    }

    @Test
    void byteOrderMarkAndCrlfAreAcceptedSilently() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path file = content.resolve("issues/2024/045.md");
        Files.createDirectories(file.getParent());
        byte[] text = TestSites.issue(45, "2024-08-09", "区财政局、峡窝镇").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        ContentLoader.Result result = load(content);
        assertEquals(List.of(), result.problems().all());
        Site site = result.site().orElseThrow();
        assertEquals(45, site.issues().get(0).number());
        assertEquals(List.of("区财政局", "峡窝镇"), site.articles().get(0).departments().stream().map(d -> d.name()).toList());
    }

    @Test
    void fullWidthPunctuationInFrontMatterAndSourcesIsUnderstood() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024年8月9日", "区财政局，区域管局")
                .replace("number: 45", "number：45"));
        ContentLoader.Result result = load(content);
        assertEquals(List.of(), result.problems().all());
        assertEquals(List.of("区财政局", "区城管局"),
                result.site().orElseThrow().articles().get(0).departments().stream().map(d -> d.name()).toList());
    }

    @Test
    void unregisteredDepartmentGetsAPinyinSlugAndAWarning() {
        Path content = TestSites.fixtureContent(root, 20);
        Path file = content.resolve("issues/2024/045.md");
        TestSites.write(file, TestSites.issue(45, "2024-08-09", "区民政局"));
        ContentLoader.Result result = load(content);
        List<Problem> problems = result.problems().all();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(9, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("区民政局"));
        var department = result.site().orElseThrow().articles().get(0).departments().get(0);
        assertEquals("qu-min-zheng-ju", department.slug());
        assertTrue(!department.registered());
    }

    @Test
    void draftsAndFutureIssuesArePublishedOnlyWhenAsked() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局").replace("editor:", "draft: true\neditor:"));
        TestSites.write(content.resolve("issues/2026/001.md"), TestSites.issue(1, "2026-01-09", "区财政局"));
        ContentLoader.Result result = load(content);
        Site published = result.site().orElseThrow();
        assertEquals(List.of(45), published.issues().stream().map(i -> i.number()).toList());
        List<Problem> problems = result.problems().all();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(content.resolve("issues/2026/001.md"), problems.get(0).file());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("出刊日期 2026-01-09 还没到"), problems.get(0).message());
        Site preview = ContentLoader.load(content, new ContentLoader.Options(true, TestSites.TODAY, Optional.empty())).site().orElseThrow();
        assertEquals(List.of(1, 46, 45), preview.issues().stream().map(i -> i.number()).toList());
    }
}
