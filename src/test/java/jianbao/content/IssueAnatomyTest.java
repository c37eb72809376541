package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jianbao.TestSites;
import jianbao.check.ContentChecks;
import jianbao.model.Article;
import jianbao.model.FooterLine;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.IssueKind;
import jianbao.model.SectionGroup;
import jianbao.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a bulletin beyond 《上街信息》's regular issue are read from the issue file into the model. */
class IssueAnatomyTest {

    static final String SUPPLEMENT = """
            ---
            number: 3
            kind: 增刊
            title: 防汛工作
            total: 312
            date: 2024-08-12
            footer:
              报: 市委办公室、市政府办公室
              送：区委、区人大、区政府、区政协领导
              发:各镇（街道）、区直各单位
              抄送: 区人武部
              本期增发: 区防汛指挥部成员单位
            print_run: 60
            editor: 张三
            ---

            编者按：今年入汛以来，我区各级各部门**认真落实**防汛责任。

            # 【工作动态】

            ## 区财政局全面保障防汛资金

            ——汛前拨付资金做到全覆盖

            作者：王五、赵六

            一是开展拉网式排查。二是建立问题台账。（区财政局）

            ## 峡窝镇扎实做好防汛准备

            一是备足物资。（峡窝镇）

            # 基层经验

            按：峡窝镇的做法值得推广。

            ## 城管网格化防汛

            一是网格到人。（区城管局）
            """;

    @TempDir
    Path root;

    private ContentLoader.Result load(Path content) {
        return ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
    }

    @Test
    void aSupplementIsReadWithEveryPart() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/003.md"), TestSites.issue(3, "2024-01-12", "区财政局"));
        TestSites.write(content.resolve("issues/2024/zengkan-003.md"), SUPPLEMENT);
        ContentLoader.Result result = load(content);
        assertEquals(List.of(), result.problems().all());
        Site site = result.site().orElseThrow();
        assertEquals(List.of(new IssueId(2024, IssueKind.SUPPLEMENT, 3), new IssueId(2024, 3)),
                site.issues().stream().map(Issue::id).toList(), "numbered on its own, newest first");
        Issue issue = site.issues().get(0);
        assertEquals("增刊", issue.kindName());
        assertEquals("防汛工作", issue.title());
        assertEquals(312, issue.total());
        assertEquals("编者按", issue.note().label());
        assertEquals("今年入汛以来，我区各级各部门<strong>认真落实</strong>防汛责任。", issue.note().html());
        assertEquals(List.of(new FooterLine("报", "市委办公室、市政府办公室"), new FooterLine("送", "区委、区人大、区政府、区政协领导"),
                new FooterLine("发", "各镇（街道）、区直各单位"), new FooterLine("抄送", "区人武部"),
                new FooterLine("本期增发", "区防汛指挥部成员单位")), issue.footer().lines());
        assertEquals(60, issue.footer().printRun());
        assertEquals(List.of("工作动态", "基层经验"), issue.sections().stream().map(SectionGroup::name).toList());
        assertEquals(List.of(2, 1), issue.sections().stream().map(g -> g.articles().size()).toList());
        Article first = issue.articles().get(0);
        assertEquals("汛前拨付资金做到全覆盖", first.subtitle());
        assertEquals(List.of("王五", "赵六"), first.authors());
        assertEquals("<p>一是开展拉网式排查。二是建立问题台账。</p>\n", first.bodyHtml());
        assertNull(first.note());
        Article third = issue.articles().get(2);
        assertEquals("基层经验", third.section());
        assertEquals("按", third.note().label());
        assertEquals("峡窝镇的做法值得推广。", third.note().text());
    }

    @Test
    void aSpecialIssueNamed特刊KeepsItsWordAndTodaysFilesStayRegular() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/zhuankan-001/index.md"), TestSites.issue(1, "2024-08-09", "峡窝镇")
                .replace("editor:", "kind: 特刊\ntitle: 防汛工作\neditor:"));
        Site site = load(content).site().orElseThrow();
        assertEquals(List.of("特刊", ""), site.issues().stream().map(Issue::kindName).toList(), "after the regular issue of its day");
        assertEquals(IssueKind.SPECIAL, site.issues().get(0).kind());
        assertTrue(site.issues().get(1).sections().stream().allMatch(g -> g.name().isEmpty()));
    }

    @Test
    void aRunningTotalThatGoesBackIsAWarningOnItsLine() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局").replace("editor:", "total: 312\neditor:"));
        TestSites.write(content.resolve("issues/2024/zengkan-003.md"), SUPPLEMENT);
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "区财政局").replace("editor:", "total: 311\neditor:"));
        ContentLoader.Result result = load(content);
        assertEquals(List.of(), result.problems().all());
        Set<IssueId> files = Set.of(new IssueId(2024, 45), new IssueId(2024, 46), new IssueId(2024, IssueKind.SUPPLEMENT, 3));
        List<Problem> warnings = ContentChecks.warnings(result.issues(), files);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("zengkan-003.md:5", warnings.get(1).file().getFileName() + ":" + warnings.get(1).line());
        assertTrue(warnings.get(1).message().contains("总第312期不大于之前的2024年第45期（总第312期）"), warnings.toString());
        assertEquals("046.md:4", warnings.get(0).file().getFileName() + ":" + warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("总第311期不大于之前的2024年增刊第3期（总第312期）"), warnings.toString());
    }

    @Test
    void archiveWarningsPointAtTheLinesTheParserRead() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        // A fenced block whose lines look like headlines, before a headline that repeats one of issue 45's.
        TestSites.write(content.resolve("issues/2024/046.md"), """
                ---
                date: 2024-08-16
                number: 46
                editor: 张三
                ---

                ## 操作说明

                按以下格式填写：

                ```
                ## 标题一
                ## 标题二
                ```

                （区财政局）

                ## 第45期第1条信息

                一是做好工作。（区财政局）
                """);
        ContentLoader.Result result = load(content);
        assertEquals(List.of(), result.problems().all());
        List<Problem> warnings = ContentChecks.warnings(result.issues(), Set.of(new IssueId(2024, 45), new IssueId(2024, 46)));
        assertEquals(List.of("046.md:18"), warnings.stream().map(w -> w.file().getFileName() + ":" + w.line()).toList(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("与2024年第45期第1条相同"), warnings.toString());
        Issue issue = result.issues().stream().filter(i -> i.number() == 46).findFirst().orElseThrow();
        assertEquals(List.of(7, 18), issue.articles().stream().map(Article::line).toList());
        assertEquals(3, issue.lineOf("number"), "fields in any order");
        assertEquals(2, issue.lineOf("date"));
        assertEquals(1, issue.lineOf("total"), "a field not written: the opening line");
    }
}
