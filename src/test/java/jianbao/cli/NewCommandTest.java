package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import jianbao.content.ContentLoader;
import jianbao.content.IssueScaffold;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** new: the next issue's file, numbered and dated right, with the last masthead and footer, unpublishable until filled in. */
class NewCommandTest {

    @TempDir
    Path root;
    Path content;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void setUp() {
        content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/46/index.md"), """
                ---
                number: 46
                date: 2024-08-16
                bulletin: 上街信息（增刊）
                publisher: 中共上街区委办公室
                recipients: 区县处级领导
                distribution: 峡窝镇、各街道办事处、区直各单位负责同志
                editor: "柴亚文: 代"
                ---

                ## 标题

                正文。（区财政局）
                """);
    }

    /** A clock at {@code instant}, UTC: the scaffold must turn it into the site's day (Asia/Shanghai). */
    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private IssueScaffold.Created create(Clock clock) {
        Problems problems = new Problems();
        Optional<IssueScaffold.Created> created = IssueScaffold.create(content, clock, Optional.empty(), problems);
        assertTrue(created.isPresent(), problems.all().toString());
        return created.get();
    }

    @Test
    void theNextNumberOfTheYearDatedTodayInTheSitesTimeZone() throws IOException {
        IssueScaffold.Created created = create(at("2024-08-22T17:30:00Z"));       // 2024-08-23 01:30 in Shanghai
        assertEquals(content.resolve("issues/2024/047.md"), created.file());
        assertEquals(new IssueId(2024, 47), created.id());
        assertEquals(LocalDate.of(2024, 8, 23), created.date());
        assertEquals(Optional.of(new IssueId(2024, 46)), created.copiedFrom());
        String text = Files.readString(created.file());
        assertTrue(text.startsWith("---\nnumber: 47\ndate: 2024-08-23\n"), text);
    }

    @Test
    void numbersRestartInANewYearAndTheMastheadAndFooterAreCopied() {
        IssueScaffold.Created created = create(at("2024-12-31T16:30:00Z"));       // already 2025-01-01 in Shanghai
        assertEquals(content.resolve("issues/2025/001.md"), created.file());
        assertEquals(LocalDate.of(2025, 1, 1), created.date());
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(true, TestSites.TODAY, Optional.empty()));
        Issue scaffold = loaded.issues().stream().filter(i -> i.id().equals(created.id())).findFirst().orElse(null);
        assertEquals(null, scaffold, "example text is an error, so the new issue cannot be read until filled in");
        Issue filled = fillIn(created.file());
        assertEquals("上街信息（增刊）", filled.bulletin());
        assertEquals("中共上街区委办公室", filled.publisher());
        assertEquals("区县处级领导", filled.footer().recipients());
        assertEquals("峡窝镇、各街道办事处、区直各单位负责同志", filled.footer().distribution());
        assertEquals("柴亚文: 代", filled.footer().editor());
    }

    @Test
    void theExampleFailsCheckLineByLineUntilFilledIn() throws IOException {
        Path file = create(at("2024-08-22T08:00:00Z")).file();
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(true, TestSites.TODAY, Optional.empty()));
        List<Problem> errors = loaded.problems().all().stream().filter(Problem::isError).toList();
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, errors.size(), errors.toString());
        for (Problem error : errors) {
            assertEquals(file, error.file());
            assertTrue(lines.get(error.line() - 1).contains("【请填写"), error.toString());
            assertTrue(error.message().contains("新一期模板中的示例文字"), error.message());
        }
        assertEquals(List.of(), loaded.problems().all().stream().filter(p -> !p.isError()).toList(), "no noise about departments");
        assertEquals(1, Main.run("check", "--content", content.toString(), "--quiet"));
        fillIn(file);
        assertEquals(0, Main.run("check", "--content", content.toString(), "--quiet"), console.err());
    }

    @Test
    void theCommandPrintsThePathAndRefusesToOverwrite() {
        assertEquals(0, Main.run("new", "--content", content.toString(), "--date", "2024-08-23"));
        assertEquals(content.resolve("issues/2024/047.md").toString(), console.out().strip());
        assertTrue(console.err().contains("已新建2024年第47期（2024-08-23），刊头和落款从2024年第46期复制"));
        console.reset();
        assertEquals(0, Main.run("new", "--content", content.toString(), "--date", "2024-08-30", "--quiet"));
        assertEquals(content.resolve("issues/2024/048.md").toString(), console.out().strip());
    }

    /** Replaces the example text as an editor would, keeping one article and the brief. */
    private Issue fillIn(Path file) {
        try {
            String text = Files.readString(file)
                    .replace("## 【请填写标题】", "## 区财政局做好资金发放工作")
                    .replaceAll("(?s)## 【请填写第二条.*?\\n\\n.*?\\n\\n", "")
                    .replaceAll("【请填写正文[^】]*】", "一是足额保障。二是精准资助。三是强化监督。")
                    .replaceAll("【请填写简讯：([^】]*)】", "$1")
                    .replace("【请填写供稿单位】", "区财政局");
            TestSites.write(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(true, TestSites.TODAY, Optional.empty()));
        assertEquals(List.of(), loaded.problems().all());
        return loaded.issues().stream().filter(i -> i.source().equals(file)).findFirst().orElseThrow();
    }
}
