package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.content.Problems;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderTest {

    @TempDir
    Path folder;

    /** Builds the documents with POI only after DocxReader has set POI's logging quiet. */
    @BeforeAll
    static void loadDocxReaderFirst() throws ClassNotFoundException {
        Class.forName(DocxReader.class.getName());
    }

    /** Adds {@code text} as runs, bold where it is marked **…**. */
    private static void runs(XWPFParagraph paragraph, String text) {
        String[] pieces = text.split("\\*\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isEmpty()) {
                paragraph.createRun().setText(pieces[i]);
                paragraph.getRuns().get(paragraph.getRuns().size() - 1).setBold(i % 2 == 1);
            }
        }
    }

    private Path save(XWPFDocument document) throws IOException {
        Path file = folder.resolve("issue.docx");
        try (OutputStream out = Files.newOutputStream(file); document) {
            document.write(out);
        }
        return file;
    }

    private static ImportResult importDocx(Path file) {
        Problems problems = new Problems();
        ImportResult result = BulletinImporter.read(file, null, problems).orElseThrow(() -> new AssertionError(problems.all()));
        assertTrue(problems.all().isEmpty(), () -> problems.all().toString());
        return result;
    }

    /** The seed's lines as Word paragraphs, each headline a bold run at the start of its paragraph. */
    @Test
    void seedAsWordDocumentGivesTheSameIssueSource() throws IOException {
        XWPFDocument document = new XWPFDocument();
        for (String line : Seed.text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph paragraph = document.createParagraph();
            int boundary = line.indexOf(" 一是");
            if (boundary > 0 && line.indexOf('，') > boundary) {
                paragraph.createRun().setText(line.substring(0, boundary));
                paragraph.getRuns().get(0).setBold(true);
                runs(paragraph, line.substring(boundary + 1));
            } else {
                runs(paragraph, line.equals("上街信息") ? "**上街信息**" : line);
            }
        }

        ImportResult result = importDocx(save(document));

        assertEquals(Seed.canonical(), OfficeTextImportTest.source(result));
        assertTrue(result.form().startsWith("Word"), result.form());
        assertEquals(List.of(6, 9, 12), result.guesses().stream().map(Guess::line).toList());
    }

    /** The hand-made issue as a Word document: masthead in a table, headlines in paragraphs of their own. */
    @Test
    void wordLayoutWithTableMastheadAndHeadlineParagraphs() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable masthead = document.createTable(2, 2);
        masthead.getRow(0).getCell(0).setText("上街信息");
        masthead.getRow(0).getCell(1).setText("第45期");
        masthead.getRow(1).getCell(0).setText("中共上街区委办公室");
        masthead.getRow(1).getCell(1).setText("2024年8月9日");
        String canonical = Seed.canonical();
        String body = canonical.substring(canonical.indexOf("\n## ") + 1);
        for (String block : body.split("\n\n")) {
            XWPFParagraph paragraph = document.createParagraph();
            runs(paragraph, block.startsWith("## ") ? "**" + block.substring(3) + "**" : block.strip());
        }
        for (String footer : List.of("本期送：区县处级领导", "发：峡窝镇、各街道办事处、区直各单位负责同志", "责任编辑：柴亚文")) {
            runs(document.createParagraph(), footer);
        }

        ImportResult result = importDocx(save(document));

        assertEquals(canonical, OfficeTextImportTest.source(result));
        assertEquals(List.of(), result.guesses());
    }

    @Test
    void lineBreaksSplitAParagraphAndBoldGivesUpItsEdgePunctuation() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph masthead = document.createParagraph();
        masthead.createRun().setText("上街信息");
        masthead.getRuns().get(0).addBreak();
        masthead.getRuns().get(0).setText("第 46 期");
        masthead.getRuns().get(0).addBreak();
        masthead.getRuns().get(0).setText("2024年8月16日");
        runs(document.createParagraph(), "**区财政局扎实做好资金发放工作**一是严格落实**“三公示” **制度。（区财政局）");
        runs(document.createParagraph(), "责任编辑：柴亚文");

        ImportedIssue issue = importDocx(save(document)).issue();

        assertEquals(46, issue.number());
        ImportedEntry.Article article = (ImportedEntry.Article) issue.entries().get(0);
        assertEquals("区财政局扎实做好资金发放工作", article.headline());
        assertEquals(List.of("一是严格落实“**三公示**” 制度。（区财政局）"), article.paragraphs());
    }
}
