package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jianbao.content.DepartmentRegistry;
import jianbao.content.FrontMatter;
import jianbao.content.IssueParser;
import jianbao.content.MarkdownRenderer;
import jianbao.content.Problems;
import jianbao.model.Footer;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.SiteConfig;
import jianbao.model.SiteIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueSourceWriterTest {

    @TempDir
    Path folder;

    private static ImportedIssue issue(String bulletin, Footer footer, ImportedEntry... entries) {
        return new ImportedIssue(bulletin, 5, LocalDate.of(2025, 1, 3), "中共上街区委办公室", List.of(entries), footer);
    }

    private static final ImportedEntry ARTICLE = new ImportedEntry.Article(1, "区财政局召开专题会议",
            List.of("一是部署工作。（区财政局）"), List.of("区财政局"));

    @Test
    void targetIsTheYearFolderAndTheNumberPaddedToThreeDigits() throws IOException {
        ImportedIssue issue = issue("", new Footer("", "", ""), ARTICLE);

        assertEquals(folder.resolve("issues/2025/005.md"), IssueSourceWriter.target(folder, issue));
        Files.createDirectories(folder.resolve("issues/2025/005"));
        Files.writeString(folder.resolve("issues/2025/005/index.md"), "");
        assertEquals(folder.resolve("issues/2025/005/index.md"), IssueSourceWriter.target(folder, issue));
    }

    @Test
    void bulletinNameIsWrittenOnlyWhenItIsNotTheSiteTitle() {
        ImportedIssue issue = issue("上街信息", new Footer("", "", ""), ARTICLE);

        assertFalse(IssueSourceWriter.render(issue, "上街信息").contains("bulletin:"));
        assertTrue(IssueSourceWriter.render(issue, "上街动态").contains("\nbulletin: 上街信息\n"));
    }

    @Test
    void frontMatterValuesReadBackAsWritten() {
        Footer footer = new Footer("- 区领导", "峡窝镇: 各街道 #1", "\"柴亚文\"");
        String source = IssueSourceWriter.render(issue("true", footer, ARTICLE), "上街信息");

        FrontMatter front = FrontMatter.parse(folder.resolve("005.md"), source, new Problems()).orElseThrow();

        assertEquals("true", front.text("bulletin").orElseThrow());
        assertEquals("- 区领导", front.text("recipients").orElseThrow());
        assertEquals("峡窝镇: 各街道 #1", front.text("distribution").orElseThrow());
        assertEquals("\"柴亚文\"", front.text("editor").orElseThrow());
    }

    @Test
    void paragraphsThatMarkdownWouldReadAsMarkupAreEscaped() {
        ImportedEntry article = new ImportedEntry.Article(1, "区财政局召开专题会议",
                List.of("1. 部署工作。", "# 话题", "- 要点", "一是部署工作。（区财政局）"), List.of("区财政局"));

        String source = IssueSourceWriter.render(issue("", new Footer("", "", ""), article), "");

        assertTrue(source.endsWith("## 区财政局召开专题会议\n\n1\\. 部署工作。\n\n\\# 话题\n\n\\- 要点\n\n一是部署工作。（区财政局）\n"),
                source);
    }

    @Test
    void importedSeedIsReadByTheIssueParserWithoutProblems() throws IOException {
        ImportedIssue imported = OfficeTextImportTest.importFile(Seed.file(), null).issue();
        Path file = folder.resolve("issues/2024/045.md");
        IssueSourceWriter.write(file, IssueSourceWriter.render(imported, "上街信息"));
        SiteConfig config = new SiteConfig("上街信息", "中共上街区委办公室", "", URI.create("https://example.org/"),
                "zh-CN", ZoneId.of("Asia/Shanghai"), "default", 20, 20, SiteIdentity.NONE);
        Problems problems = new Problems();
        DepartmentRegistry registry = DepartmentRegistry.load(Path.of("content/departments.yaml"), problems);

        Issue issue = new IssueParser(config, registry, new MarkdownRenderer())
                .parse(file, new IssueId(2024, 45), List.of(), problems).orElseThrow();

        assertEquals(List.of(), problems.all());
        assertEquals(7, issue.articles().size());
        assertEquals(2, issue.briefs().size());
        assertEquals("柴亚文", issue.footer().editor());
    }

    @Test
    void writeCreatesTheFoldersAndLeavesNothingElse() throws IOException {
        Path file = folder.resolve("issues/2025/005.md");

        IssueSourceWriter.write(file, "---\nnumber: 5\n---\n");

        assertEquals("---\nnumber: 5\n---\n", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
