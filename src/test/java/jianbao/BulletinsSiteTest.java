package jianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import jianbao.build.SiteBuilder;
import jianbao.cli.Main;
import jianbao.search.IndexLookup;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Bulletins shaped unlike 《上街信息》's regular issue, imported as an office issues them (text and
 * Word) and built into one site with the sample: a supplement with an editor's note and the full
 * footer, another office's regular issue with three sections, subtitles and authors, and a
 * single-topic special issue with numbered parts. Every page, feed and the search index show
 * them; a marked or classified bulletin is refused everywhere and never reaches the site.
 */
class BulletinsSiteTest {

    private static final String SUPPLEMENT = "shangjie-xinxi-2024-zengkan-3.txt";
    private static final String OTHER_OFFICE = "xiawo-gongzuo-2024-012.txt";
    private static final String SPECIAL = "shangjie-xinxi-2024-zhuankan-1.txt";
    private static final List<String> BULLETINS = List.of(SUPPLEMENT, OTHER_OFFICE, SPECIAL);

    @TempDir
    static Path work;
    static Path content;
    static Path site;
    static final Map<String, String> reports = new TreeMap<>();

    /** Runs the command line; its output and errors (the command's writers and the console), and the exit status. */
    record Run(int status, String out, String err) {
    }

    static Run jianbao(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream consoleOut = new ByteArrayOutputStream();
        ByteArrayOutputStream consoleErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(consoleOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(consoleErr, true, StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            CommandLine commandLine = new CommandLine(new Main());
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int status = commandLine.execute(args);
            return new Run(status, out + consoleOut.toString(StandardCharsets.UTF_8), err + consoleErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    static String bulletin(String name) {
        try (InputStream in = Objects.requireNonNull(BulletinsSiteTest.class.getResourceAsStream("/jianbao/bulletins/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bulletin as the office's Word document: every line of the text a paragraph, as typed. */
    static Path docx(String text, Path file) {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    document.createParagraph().createRun().setText(line.strip());
                }
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path contentWithTheSample(Path root) {
        Path folder = root.resolve("content");
        copy(TestSites.sampleContent(), folder);
        return folder;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void importAndBuild() throws IOException {
        content = contentWithTheSample(work.resolve("text"));
        Path fromWord = contentWithTheSample(work.resolve("word"));
        for (String name : BULLETINS) {
            Path text = work.resolve(name);
            Files.writeString(text, bulletin(name));
            Run run = jianbao("import", text.toString(), "--out", content.toString());
            assertEquals(0, run.status(), run.err());
            reports.put(name, run.out());
            Run word = jianbao("import", docx(bulletin(name), work.resolve(name.replace(".txt", ".docx"))).toString(),
                    "--out", fromWord.toString());
            assertEquals(0, word.status(), word.err());
        }
        for (String file : List.of("zengkan-003.md", "012.md", "zhuankan-001.md")) {
            assertEquals(Files.readString(content.resolve("issues/2024/" + file)), Files.readString(fromWord.resolve("issues/2024/" + file)),
                    "the Word document gives the same issue source as the text: " + file);
        }
        site = work.resolve("site");
        SiteBuilder.Result built = TestSites.build(content, site, null);
        assertTrue(built.succeeded(), () -> built.problems().all().toString());
    }

    private static Document page(String path) {
        return TestSites.page(site, path);
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void importReportsWhatItFound() {
        String supplement = reports.get(SUPPLEMENT);
        assertTrue(supplement.startsWith("已导入增刊第 3 期（2024-08-12）→ "), supplement);
        assertTrue(supplement.contains("issues/2024/zengkan-003.md"), supplement);
        assertTrue(supplement.contains("刊头：总第 312 期\n"), supplement);
        assertTrue(supplement.contains("编者按：第 12 行起\n"), supplement);
        assertTrue(supplement.contains("页脚：报：、送：、发：、抄送：、本期增发：，共印 60 份\n"), supplement);
        String other = reports.get(OTHER_OFFICE);
        assertTrue(other.contains("栏目 3 个：【工作动态】、【基层经验】、【经验交流】\n"), other);
        assertTrue(other.contains("副标题 4 个\n"), other);
        assertTrue(other.contains("作者：王晓明、李红、赵强\n"), other);
        String special = reports.get(SPECIAL);
        assertTrue(special.startsWith("已导入专刊第 1 期（2024-07-20）→ "), special);
        assertTrue(special.contains("刊头：专刊：防汛工作\n"), special);
        assertTrue(special.contains("分部分的小标题（一、二、三、）3 个\n"), special);
        assertTrue(special.contains("页脚：报：、送：、发：，共印 80 份\n"), special);
        reports.values().forEach(report -> assertTrue(report.contains("没有需要核对的地方。"), report));
    }

    @Test
    void theSupplementIsPrintedWithItsMastheadNoteAndFullFooter() {
        Document issue = page("issues/2024/zengkan-3/");
        assertEquals("上街信息增刊", issue.selectFirst(".masthead-name").text());
        assertEquals("增刊", issue.selectFirst(".masthead-kind").text());
        assertEquals("第3期（总第312期）", issue.selectFirst(".masthead-number").text());
        assertEquals("中共上街区委办公室 2024年8月12日", issue.selectFirst(".masthead-line").text());
        assertEquals("上街信息 2024年增刊第3期", issue.selectFirst("h1").text());
        assertEquals("上街信息 2024年增刊第3期", issue.title().substring(0, "上街信息 2024年增刊第3期".length()));
        Element note = issue.selectFirst(".printed-issue > .editor-note");
        assertTrue(note.text().startsWith("编者按：今年入汛以来，我区各级各部门认真落实防汛责任"), note.text());
        assertTrue(note.nextElementSibling().is("section.article#a1"), "the note stands before the first article");
        assertEquals(List.of("报：市委办公室、市政府办公室", "送：区委、区人大、区政府、区政协领导", "发：各镇（街道）、区直各单位",
                "抄送：区人武部", "本期增发：区防汛指挥部成员单位", "责任编辑：柴亚文", "（共印60份）"), texts(issue, ".issue-footer p"));
        assertEquals(List.of("/xinxi/issues/2024/zengkan-3/1/", "/xinxi/issues/2024/zengkan-3/2/"),
                issue.select(".article h2 a").eachAttr("href"));
        assertEquals(List.of("区城管局全面排查城区防汛隐患", "峡窝镇扎实做好防汛物资储备"), texts(issue, ".toc li a"));

        Document article = page("issues/2024/zengkan-3/1/");
        assertEquals("区城管局全面排查城区防汛隐患", article.selectFirst("h1").text());
        assertEquals("上街信息 2024年增刊第3期", article.selectFirst(".article-meta a").text());
        assertEquals("/xinxi/issues/2024/zengkan-3/", article.selectFirst(".article-meta a").attr("href"));
        assertEquals(List.of("首页", "往期", "2024年增刊第3期", "区城管局全面排查城区防汛隐患"), texts(article, ".breadcrumbs li"));
    }

    @Test
    void theRegularIssueKeepsItsAddressBesideTheSupplement() {
        Document regular = page("issues/2024/45/");
        assertEquals("第45期", regular.selectFirst(".masthead-number").text());
        assertTrue(regular.select(".masthead-kind, .editor-note, .section-heading, .subtitle, .authors, .print-run").isEmpty());
        assertEquals(TestSites.SAMPLE_HEADLINES, texts(regular, ".toc li a"));
        assertEquals(List.of("本期送：区县处级领导", "发：峡窝镇、各街道办事处、区直各单位负责同志", "责任编辑：柴亚文"),
                texts(regular, ".issue-footer p"));
    }

    @Test
    void anotherOfficesIssueHasSectionsSubtitlesAndAuthors() {
        Document issue = page("issues/2024/12/");
        assertEquals("峡窝镇工作简报", issue.selectFirst(".masthead-name").text());
        assertEquals("峡窝镇党政办公室", issue.selectFirst(".masthead-publisher").text());
        assertEquals(List.of("【工作动态】", "【基层经验】", "【经验交流】"), texts(issue, ".printed-issue > section > h2.section-heading"));
        assertEquals(List.of("【工作动态】", "【基层经验】", "【经验交流】"), texts(issue, ".toc .toc-section"));
        List<List<String>> toc = new ArrayList<>();
        issue.select(".toc-sections > li").forEach(li -> toc.add(li.select("ol a").eachText()));
        assertEquals(List.of(List.of("峡窝镇全力推进人居环境整治", "峡窝镇开展夏季安全生产大检查"), List.of("马固村探索“积分制”治理新路子"),
                List.of("峡窝镇联合推进土地综合整治")), toc);
        List<List<String>> sections = new ArrayList<>();
        issue.select(".issue-section").forEach(s -> sections.add(s.select(".article > h3").eachText()));
        assertEquals(toc, sections, "the articles stand under their section headings, as the table of contents says");
        assertEquals(List.of("——“三清一改”覆盖全部行政村", "——检查企业 45 家，整改隐患 60 处", "——小积分激发大活力", "——盘活闲置土地 150 余亩"),
                texts(issue, ".article .subtitle"));
        assertEquals(List.of("作者：王晓明", "作者：李红　赵强"), texts(issue, ".article .authors"));
        assertEquals(List.of("本期送：区委、区政府领导", "发：各村（社区）、镇直各单位", "责任编辑：张伟"), texts(issue, ".issue-footer p"));

        Document article = page("issues/2024/12/3/");
        assertEquals("【基层经验】", article.selectFirst(".article-section").text());
        assertEquals("马固村探索“积分制”治理新路子", article.selectFirst("h1").text());
        assertEquals("——小积分激发大活力", article.selectFirst("header .subtitle").text());
        assertTrue(article.selectFirst(".article-meta").text().endsWith("作者：王晓明"), article.selectFirst(".article-meta").text());
        assertEquals("峡窝镇工作简报 2024年第12期", article.selectFirst(".article-meta a").text());
    }

    @Test
    void theSpecialIssueHasItsTitleAndNumberedParts() {
        Document issue = page("issues/2024/zhuankan-1/");
        assertEquals("专刊", issue.selectFirst(".masthead-kind").text());
        assertEquals("防汛工作", issue.selectFirst(".masthead-title").text());
        assertEquals("第1期", issue.selectFirst(".masthead-number").text());
        assertEquals("上街信息 2024年专刊第1期：防汛工作", issue.selectFirst("h1").text());
        assertTrue(issue.select(".toc").isEmpty(), "one article needs no table of contents");
        assertEquals(List.of("我区全力以赴打好防汛攻坚战"), texts(issue, ".article > h2"));
        assertEquals(List.of("一、基本情况", "二、主要做法", "三、下一步打算"), texts(issue, ".article .body h3"));
        assertEquals(List.of("报：市防汛抗旱指挥部", "送：区委、区政府领导", "发：各镇（街道）、区直各单位", "责任编辑：柴亚文", "（共印80份）"),
                texts(issue, ".issue-footer p"));
        Document article = page("issues/2024/zhuankan-1/1/");
        assertEquals(List.of("一、基本情况", "二、主要做法", "三、下一步打算"), texts(article, ".body h2"));
    }

    @Test
    void theArchiveHomeAndDepartmentPagesListEveryKind() {
        Document archive = page("issues/");
        assertEquals(List.of("2024年增刊第3期", "2024年第45期", "2024年专刊第1期：防汛工作", "2024年第12期"),
                texts(archive, ".issue-list li > a"), "by date, each kind with its own numbers");
        assertEquals(List.of("/xinxi/issues/2024/zengkan-3/", "/xinxi/issues/2024/45/", "/xinxi/issues/2024/zhuankan-1/", "/xinxi/issues/2024/12/"),
                archive.select(".issue-list li > a").eachAttr("href"));
        assertEquals("最新一期：2024年增刊第3期", page("").selectFirst("#latest-heading").text());

        Document department = page("departments/chengguan-ju/");
        Element supplement = department.select(".entry-list li").stream()
                .filter(li -> li.text().startsWith("区城管局全面排查城区防汛隐患")).findFirst().orElseThrow();
        assertEquals("/xinxi/issues/2024/zengkan-3/1/", supplement.selectFirst("a").attr("href"));
        assertEquals("增刊第3期", supplement.selectFirst(".entry-meta a").text());
        assertTrue(department.select(".entry-list li > a").eachAttr("href").contains("/xinxi/issues/2024/zhuankan-1/1/"));
        assertTrue(page("departments/ziran-ziyuan-ju/").select(".entry-list li > a").eachAttr("href")
                .contains("/xinxi/issues/2024/12/4/"));
    }

    @Test
    void theFeedsCarryEveryPartInPrintedOrder() throws IOException {
        Document atom = Jsoup.parse(Files.readString(site.resolve("atom.xml")), "", Parser.xmlParser());
        assertEquals(List.of("上街信息 2024年增刊第3期", "上街信息 2024年第45期", "上街信息 2024年专刊第1期：防汛工作", "峡窝镇工作简报 2024年第12期"),
                atom.select("entry > title").eachText());
        Element supplement = atom.selectFirst("entry");
        assertEquals("https://www.shangjie.gov.cn/xinxi/issues/2024/zengkan-3/", supplement.selectFirst("link").attr("href"));
        assertEquals("tag:www.shangjie.gov.cn,2024:/xinxi/2024/zengkan-3", supplement.selectFirst("id").text());
        Document html = Jsoup.parseBodyFragment(supplement.selectFirst("content").text());
        assertEquals("总第312期", html.selectFirst("p").text());
        assertTrue(html.selectFirst("blockquote").text().startsWith("编者按：今年入汛以来"));
        List<String> paragraphs = html.select("body > p").eachText();
        assertEquals(List.of("报：市委办公室、市政府办公室", "送：区委、区人大、区政府、区政协领导", "发：各镇（街道）、区直各单位",
                "抄送：区人武部", "本期增发：区防汛指挥部成员单位", "责任编辑：柴亚文", "（共印60份）"),
                paragraphs.subList(paragraphs.size() - 7, paragraphs.size()));

        Document other = Jsoup.parseBodyFragment(atom.select("entry").get(3).selectFirst("content").text());
        assertEquals(List.of("【工作动态】", "【基层经验】", "【经验交流】"), other.select("h2").eachText());
        assertEquals(List.of("峡窝镇全力推进人居环境整治", "峡窝镇开展夏季安全生产大检查", "马固村探索“积分制”治理新路子", "峡窝镇联合推进土地综合整治"),
                other.select("h3").eachText());
        assertTrue(other.select("p").eachText().containsAll(List.of("——小积分激发大活力", "作者：王晓明")));

        Document rss = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertEquals("https://www.shangjie.gov.cn/xinxi/issues/2024/zhuankan-1/", rss.select("item").get(2).selectFirst("link").text());

        Document departmentFeed = Jsoup.parse(Files.readString(site.resolve("departments/ziran-ziyuan-ju/atom.xml")), "", Parser.xmlParser());
        Element entry = departmentFeed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("峡窝镇联合推进土地综合整治")).findFirst().orElseThrow();
        Document entryHtml = Jsoup.parseBodyFragment(entry.selectFirst("content").text());
        assertEquals(List.of("——盘活闲置土地 150 余亩", "作者：李红　赵强"), entryHtml.select("p").eachText().subList(0, 2));
        assertTrue(entryHtml.text().endsWith("刊于《峡窝镇工作简报》2024年第12期，2024年6月14日"), entryHtml.text());
    }

    @Test
    void searchFindsTheNewIssuesByTextSubtitleAndAuthor() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        IndexLookup index = new IndexLookup(files);
        assertEquals(List.of("/xinxi/issues/2024/zengkan-3/1/ 增刊第3期"), hits(index, index.containing("排查城区防汛隐患")));
        assertEquals(List.of("/xinxi/issues/2024/zhuankan-1/1/ 专刊第1期"), hits(index, index.containing("应转尽转")));
        assertEquals(List.of("/xinxi/issues/2024/12/3/ 第12期"), hits(index, index.containing("小积分激发大活力")));
        assertEquals(List.of("/xinxi/issues/2024/12/4/ 第12期"), hits(index, index.containing("赵强")));
        assertTrue(new String(files.get("search/index.json"), StandardCharsets.UTF_8).contains("\"documents\":" + (7 + 2 + 2 + 4 + 1) + ","),
                "the sample's articles and briefs, and the new issues' articles");
    }

    /** The link and issue label of each document found. */
    private static List<String> hits(IndexLookup index, Set<Integer> ids) {
        return ids.stream().map(index::document).map(document -> document.get("href") + " " + document.get("issue")).toList();
    }

    /** A classified or 内部资料 bulletin: the supplement with a marking added above its masthead. */
    @ParameterizedTest
    @ValueSource(strings = {"内部资料　注意保存", "秘密★1年", "机密", "★绝密", "上街信息（内部资料）"})
    void aMarkedBulletinIsRefusedByImportCheckAndBuild(String marking) throws IOException {
        Path root = Files.createTempDirectory(work, "marked");
        Path folder = contentWithTheSample(root);
        String text = marking + "\n\n" + bulletin(SUPPLEMENT).replace("扎实做好汛前准备", "扎实做好汛前准备，现有险情不宜公开");
        Path file = root.resolve("marked.txt");
        Files.writeString(file, text);
        for (Path input : List.of(file, docx(text, root.resolve("marked.docx")))) {
            Run run = jianbao("import", input.toString(), "--out", folder.toString());
            assertEquals(1, run.status(), run.out());
            assertTrue(run.err().contains("这份简报标有“"), run.err());
            assertTrue(run.err().contains(":1: 错误：") && run.err().contains("不予导入") && run.err().contains("没有写入任何文件"), run.err());
            assertFalse(Files.exists(folder.resolve("issues/2024/zengkan-003.md")));
        }

        Path issue = folder.resolve("issues/2024/zengkan-003.md");
        Files.writeString(issue, Files.readString(content.resolve("issues/2024/zengkan-003.md"))
                .replace("editor: 柴亚文\n---\n", "editor: 柴亚文\n---\n\n" + marking + "\n")
                .replace("扎实做好汛前准备", "扎实做好汛前准备，现有险情不宜公开"));
        Run check = jianbao("check", "--content", folder.toString());
        assertEquals(1, check.status(), check.out());
        assertTrue(check.err().contains("zengkan-003.md:17: 错误：这一期标有“"), check.err());

        Path output = root.resolve("site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "the site as it was");
        Run build = jianbao("build", "--content", folder.toString(), "--output", output.toString(), "--quiet");
        assertEquals(1, build.status());
        assertTrue(build.err().contains("zengkan-003.md:17: 错误："), build.err());
        try (Stream<Path> files = Files.walk(output)) {
            assertEquals(List.of(output.resolve("index.html")), files.filter(Files::isRegularFile).toList(), "the previous site is left as it was");
        }
        assertEquals("the site as it was", Files.readString(output.resolve("index.html")));
    }

    @Test
    void aMarkedIssueFileNeverReachesAnyOutput() throws IOException {
        Path root = Files.createTempDirectory(work, "field");
        Path folder = contentWithTheSample(root);
        Files.writeString(folder.resolve("issues/2024/zengkan-003.md"), Files.readString(content.resolve("issues/2024/zengkan-003.md"))
                .replace("number: 3\n", "number: 3\nclassification: 秘密\n"));
        Path output = root.resolve("site");
        Run build = jianbao("build", "--content", folder.toString(), "--output", output.toString(), "--quiet");
        assertNotEquals(0, build.status());
        assertTrue(build.err().contains("zengkan-003.md:3: 错误：这一期标有“秘密”"), build.err());
        if (Files.exists(output)) {
            try (Stream<Path> files = Files.walk(output)) {
                for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                    assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("zengkan"), file.toString());
                }
            }
        }
    }
}
