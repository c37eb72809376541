package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianbao.content.Problem;
import jianbao.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input the importer cannot understand is refused with a message in Chinese at file:line. */
class BrokenInputTest {

    private static final String FOOTER = "本期送：区县处级领导\n\n发：峡窝镇、各街道办事处、区直各单位负责同志\n\n责任编辑：柴亚文\n";

    @TempDir
    Path folder;

    private List<Problem> refused(Path file, String encoding) {
        Problems problems = new Problems();
        Optional<ImportResult> result = BulletinImporter.read(file, encoding, problems);
        assertTrue(result.isEmpty());
        assertTrue(problems.hasErrors());
        return problems.all();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no number   | 第 45 期         | 上街信息         | 3 | 找不到期号
            no date     | 2024 年 8 月 9 日 | 中共上街区委办公室 | 3 | 找不到出刊日期
            false date  | 2024 年 8 月 9 日 | 2024 年 2 月 30 日 | 9 | 不是真实存在的日期
            """)
    void mastheadWithoutNumberOrDate(String what, String from, String to, int line, String message) {
        Path file = Seed.write(folder, Seed.replacing(from + "\n", to + "\n"));

        Problem problem = refused(file, null).get(0);

        assertEquals(line, problem.line());
        assertTrue(problem.format(folder).startsWith("issue.txt:" + line + ": 错误："), problem.format(folder));
        assertTrue(problem.message().contains(message), problem.message());
    }

    @Test
    void issueWithoutArticles() {
        Path file = Seed.write(folder, "\n上街信息\n\n第 45 期\n\n中共上街区委办公室\n\n2024 年 8 月 9 日\n\n" + FOOTER);

        List<Problem> problems = refused(file, null);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(10, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("找不到任何一条信息"), problems.get(0).message());
    }

    @Test
    void emptyFile() {
        Path file = Seed.write(folder, "");

        List<Problem> problems = refused(file, null);

        assertEquals(List.of(1, 1, 1), problems.stream().map(Problem::line).toList());
    }

    @Test
    void paragraphWithoutHeadlineAfterACompleteArticle() {
        Path file = Seed.write(folder, Seed.replacing("我区开展“网格+”占道经营治理工作 一是", "一是"));

        Problem problem = refused(file, null).get(0);

        assertEquals(17, problem.line());
        assertTrue(problem.message().startsWith("找不到这一段的标题"), problem.message());
    }

    @Test
    void textNotInTheEncodingGiven() {
        Path file = Seed.write(folder, "gbk.txt", Seed.text(), Charset.forName("GBK"));

        Problem problem = refused(file, "UTF-8").get(0);

        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void unknownEncoding() {
        Path file = Seed.write(folder, Seed.text());

        assertTrue(refused(file, "GBX").get(0).message().startsWith("不认识编码“GBX”"));
    }

    @Test
    void bytesInNoKnownEncoding() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("上街信息\n第 45 期\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0x81, '\n'});
        Path file = Files.write(folder.resolve("broken.txt"), bytes.toByteArray());

        Problem problem = refused(file, null).get(0);

        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("认不出文件的编码"), problem.message());
    }

    @Test
    void formatsThatCannotBeRead() {
        Path pdf = Seed.write(folder, "issue.pdf", "%PDF-1.7", StandardCharsets.US_ASCII);
        Path doc = Seed.write(folder, "issue.doc", "not a zip", StandardCharsets.US_ASCII);
        Path docx = Seed.write(folder, "issue.docx", "not a zip", StandardCharsets.US_ASCII);

        assertTrue(refused(pdf, null).get(0).message().contains("PDF"));
        assertTrue(refused(doc, null).get(0).message().contains(".docx"));
        assertTrue(refused(docx, null).get(0).message().startsWith("打不开这个 Word 文件"));
        assertTrue(refused(folder.resolve("missing.txt"), null).get(0).message().startsWith("找不到这个文件"));
    }
}
