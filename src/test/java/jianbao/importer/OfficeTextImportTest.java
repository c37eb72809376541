package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jianbao.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeTextImportTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path folder;

    static ImportResult importFile(Path file, String encoding) {
        Problems problems = new Problems();
        ImportResult result = BulletinImporter.read(file, encoding, problems)
                .orElseThrow(() -> new AssertionError(problems.all()));
        assertTrue(problems.all().isEmpty(), () -> problems.all().toString());
        return result;
    }

    static String source(ImportResult result) {
        return IssueSourceWriter.render(result.issue(), "上街信息");
    }

    private static List<Integer> guessLines(ImportResult result) {
        return result.guesses().stream().map(Guess::line).toList();
    }

    @Test
    void seedBecomesExactlyTheHandMadeIssueSource() throws IOException {
        ImportResult result = importFile(Seed.file(), null);

        assertArrayEquals(Seed.canonical().getBytes(StandardCharsets.UTF_8),
                source(result).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void seedMastheadCountsAndDepartments() {
        ImportedIssue issue = importFile(Seed.file(), null).issue();

        assertEquals(45, issue.number());
        assertEquals(LocalDate.of(2024, 8, 9), issue.date());
        assertEquals("上街信息", issue.bulletin());
        assertEquals("中共上街区委办公室", issue.publisher());
        assertEquals(7, issue.articleCount());
        assertEquals(2, issue.briefCount());
        assertEquals(List.of("先进制造业开发区", "峡窝镇", "区自然资源局", "中心路街道", "区域管局", "工业路街道",
                "区工信商务局", "区委编办", "区财政局", "区退役军人事务局", "区委社工部", "区教育局"), issue.departments());
        assertEquals("柴亚文", issue.footer().editor());
    }

    @Test
    void seedReportsEachJoinedPageBreakAtItsLine() {
        ImportResult result = importFile(Seed.file(), null);

        assertEquals(List.of(13, 19, 25), guessLines(result));
        assertTrue(result.guesses().get(0).message().contains("经营主"), result.guesses().get(0).message());
        assertTrue(result.guesses().get(0).message().contains("体发展"), result.guesses().get(0).message());
    }

    /** Variants of the seed that must still give exactly the hand-made issue source. */
    static Stream<Arguments> equivalentVariants() {
        String seed = Seed.text();
        return Stream.of(
                Arguments.of("CRLF line ends", seed.replace("\n", "\r\n")),
                Arguments.of("byte order mark", "\uFEFF" + seed),
                Arguments.of("half-width parentheses around departments and half-width colons",
                        seed.replace("。（", "。(").replace("）\n", ")\n").replace("：", ":")),
                Arguments.of("stray spaces",
                        seed.replace("\n", "  \n").replace("本期送：", "本期送 ： ").replace("\n发：", "\n\u3000发：")
                                .replace("（区教育局）", "（ 区教育局 ）").replace("△ **8月9日**，上街区", "△  **8月9日**，上街区")),
                Arguments.of("masthead on one line",
                        Seed.replacing("第 45 期\n\n中共上街区委办公室\n\n2024 年 8 月 9 日",
                                "第45期    中共上街区委办公室    2024年8月9日")),
                Arguments.of("full-width digits in the masthead", Seed.replacing("第 45 期", "第４５期")),
                Arguments.of("editor followed by a phone number",
                        Seed.replacing("责任编辑：柴亚文", "责任编辑：柴亚文 电话：68912345")),
                Arguments.of("editor followed by a phone number in brackets",
                        Seed.replacing("责任编辑：柴亚文", "责任编辑：柴亚文（电话 68912345）")),
                Arguments.of("a page number between the halves of a paragraph",
                        Seed.replacing("经营主\n\n体发展", "经营主\n\n— 2 —\n\n体发展")),
                Arguments.of("an ideographic space between headline and body",
                        Seed.replacing("重点项目建设 一是", "重点项目建设\u3000一是")),
                Arguments.of("rules, a form feed and a footer line the site does not show",
                        Seed.replacing(Seed.replacing(Seed.replacing(seed, "2024 年 8 月 9 日\n", "2024 年 8 月 9 日\n━━━━━━━━\n"),
                                "\n体发展", "\n\f体发展"), "本期送：", "————————\n本期送：") + "\n签发：张三\n"),
                Arguments.of("a headline on a line of its own",
                        Seed.replacing("“三个管理” 一是", "“三个管理”\n\n一是")),
                Arguments.of("a body paragraph cut by three page breaks",
                        Seed.replacing("项目分析研判会，盘点分析省、市、区重点项目，对进展缓慢的项目加强服务跟进",
                                "项目分析研判\n\n会，盘点分析省、市、区重点项目，对进展缓\n\n慢的项目加强服\n\n务跟进")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equivalentVariants")
    void variantGivesTheSameIssueSource(String variant, String text) {
        Path file = Seed.write(folder, text);

        assertEquals(Seed.canonical(), source(importFile(file, null)));
    }

    /**
     * The seed's body as a PDF-to-text tool gives it: every printed line a line of its own, cut
     * at {@code width} characters, but not inside a bold mark, a word or a number, nor at a space
     * or after a full stop.
     */
    private static String wrapped(int width) {
        StringBuilder out = new StringBuilder();
        String[] lines = Seed.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean body = i >= 10 && i <= 32;
            int start = 0;
            while (body && line.length() - start > width) {
                int cut = start + width;
                while (cut < line.length() && !cuttable(line, start, cut)) {
                    cut++;
                }
                out.append(line, start, cut).append('\n');
                start = cut;
            }
            out.append(line.substring(start)).append(i < lines.length - 1 ? "\n" : "");
        }
        return out.toString();
    }

    private static boolean cuttable(String line, int start, int cut) {
        char before = line.charAt(cut - 1);
        char after = line.charAt(cut);
        boolean insideBold = (line.substring(start, cut).split("\\*\\*", -1).length - 1) % 2 == 1;
        return !insideBold && before != '*' && after != '*' && before != '。' && before != ' ' && after != ' '
                && !(before < 0x80 && Character.isLetterOrDigit(before) && after < 0x80);
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {19, 23, 28, 31, 37, 44})
    void everyPrintedLineALine(int width) {
        Path file = Seed.write(folder, wrapped(width));

        assertEquals(Seed.canonical(), source(importFile(file, null)));
    }

    @Test
    void gbkTextIsRecognisedWithoutBeingTold() {
        Path file = Seed.write(folder, "gbk.txt", Seed.text(), GBK);

        ImportResult result = importFile(file, null);

        assertEquals(Seed.canonical(), source(result));
        assertTrue(result.form().contains("GBK"), result.form());
    }

    @Test
    void encodingCanBeGiven() {
        Path file = Seed.write(folder, "gbk.txt", Seed.text().replace("\n", "\r\n"), Charset.forName("GB18030"));

        assertEquals(Seed.canonical(), source(importFile(file, "GBK")));
    }

    @Test
    void pageBreaksInOneParagraphAreEachReported() {
        Path file = Seed.write(folder, Seed.replacing("项目分析研判会，盘点分析省、市、区重点项目，对进展缓慢的项目加强服务跟进",
                "项目分析研判\n\n会，盘点分析省、市、区重点项目，对进展缓\n\n慢的项目加强服\n\n务跟进"));

        ImportResult result = importFile(file, null);

        assertEquals(List.of(11, 13, 15, 19, 25, 31), guessLines(result));
    }

    @Test
    void briefWithTwoDepartments() {
        Path file = Seed.write(folder, Seed.replacing("（区教育局）", "(区教育局,区发展改革委)"));

        ImportedIssue issue = importFile(file, null).issue();

        ImportedEntry last = issue.entries().get(issue.entries().size() - 1);
        assertEquals(List.of("区教育局", "区发展改革委"), last.departments());
        assertTrue(((ImportedEntry.Brief) last).text().endsWith("第一所本科院校。（区教育局、区发展改革委）"));
    }

    @Test
    void headlineContainingASpaceIsSplitBeforeTheFirstPoint() {
        Path file = Seed.write(folder, Seed.replacing("区委编办积极做好", "区委 编办积极做好"));

        ImportResult result = importFile(file, null);

        ImportedEntry.Article article = (ImportedEntry.Article) result.issue().entries().get(4);
        assertEquals("区委 编办积极做好机构编制“三个管理”", article.headline());
        assertTrue(article.paragraphs().get(0).startsWith("一是台账管理精细化。"));
        assertTrue(guessLines(result).contains(23), result.guesses().toString());
    }

    @Test
    void phoneNumberAfterTheEditorIsLeftOutAndReported() {
        Path file = Seed.write(folder, Seed.replacing("责任编辑：柴亚文", "责任编辑：柴亚文 电话：68912345"));

        ImportResult result = importFile(file, null);

        assertEquals("柴亚文", result.issue().footer().editor());
        Guess guess = result.guesses().get(result.guesses().size() - 1);
        assertEquals(39, guess.line());
        assertTrue(guess.message().contains("电话：68912345"), guess.message());
    }

    @Test
    void paragraphWithoutFullStopBeforeAClearNewArticleIsNotJoined() {
        Path file = Seed.write(folder, Seed.replacing("3 个项目落地。（先进制造业开发区）", "3 个项目落地"));

        ImportResult result = importFile(file, null);

        assertEquals(7, result.issue().articleCount());
        assertTrue(guessLines(result).contains(11), result.guesses().toString());
    }

    @Test
    void paragraphBreakAfterAFullStopIsKeptAndReported() {
        Path file = Seed.write(folder, Seed.replacing("示范样板。二是", "示范样板。\n\n二是"));

        ImportResult result = importFile(file, null);

        ImportedEntry.Article article = (ImportedEntry.Article) result.issue().entries().get(3);
        assertEquals(2, article.paragraphs().size());
        assertTrue(article.paragraphs().get(1).startsWith("二是与城市更新"));
        assertTrue(guessLines(result).contains(23), result.guesses().toString());
    }

    @Test
    void wordsCutAcrossLinesInLatinLettersAreJoinedWithASpace() {
        Path file = Seed.write(folder, Seed.replacing("柔性 with 刚性", "柔性 with\n\nrigid 刚性"));

        ImportedEntry.Article article = (ImportedEntry.Article) importFile(file, null).issue().entries().get(2);

        assertTrue(article.paragraphs().get(0).contains("柔性 with rigid 刚性"));
    }
}
