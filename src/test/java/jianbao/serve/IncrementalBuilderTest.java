package jianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jianbao.ArchiveGenerator;
import jianbao.TestSites;
import jianbao.build.BuildProgress;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After every kind of change, a rebuild leaves exactly the files of a full build, having done less work. */
class IncrementalBuilderTest {

    private static final int ISSUES = 30;
    private static final int ARTICLES = 4;

    /** The archive and theme every test starts from, generated once: each test edits a copy of it. */
    @TempDir
    static Path source;

    @TempDir
    Path root;
    Path content;
    IncrementalBuilder builder;
    int allPages;

    @BeforeAll
    static void generateArchive() {
        Path content = ArchiveGenerator.write(source, ISSUES, ARTICLES);
        TestSites.write(content.resolve("pages/about.md"), "---\ntitle: 关于本刊\n---\n\n《上街信息》由区委办公室编辑。\n");
        TestSites.write(content.resolve("issues/2015/30/index.md"), ArchiveGenerator.issue(2015, 30, ARTICLES)
                + "## 有附件的信息\n\n![照片](photo.png)\n\n[印刷版](print.pdf)（区财政局）\n");
        TestSites.write(content.resolve("issues/2015/30/photo.png"), "png");
        TestSites.write(content.resolve("issues/2015/30/print.pdf"), "pdf");
        TestSites.delete(ArchiveGenerator.issueFile(content, 2015, 30));
        copyTree(Path.of("themes/default").toAbsolutePath(), source.resolve("themes/default"));
    }

    @BeforeEach
    void buildOnce() {
        copyTree(source, root);
        content = root.resolve("content");
        builder = new IncrementalBuilder(options(root.resolve("live")), BuildProgress.NONE);
        IncrementalBuilder.Outcome first = builder.rebuild();
        assertTrue(first.succeeded(), () -> first.problems().all().toString());
        assertTrue(first.full());
        allPages = first.pagesRendered();
    }

    @Test
    void theFirstBuildIsAFullBuild() {
        assertSameAsFullBuild();
    }

    @Test
    void editingOneIssueParsesItAloneAndRendersOnlyThePagesThatShowIt() {
        Path file = ArchiveGenerator.issueFile(content, 2015, 12);
        TestSites.write(file, TestSites.read(file).replaceFirst("一是", "一是认真"));
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertFalse(outcome.full());
        assertEquals(1, outcome.issuesParsed());
        assertTrue(outcome.pagesRendered() > ARTICLES && outcome.pagesRendered() < allPages / 4,
                outcome.pagesRendered() + " of " + allPages);
        assertTrue(TestSites.read(root.resolve("live/issues/2015/12/1/index.html")).contains("一是认真"));
        assertSameAsFullBuild();
    }

    @Test
    void addingAnIssue() {
        TestSites.write(ArchiveGenerator.issueFile(content, 2015, 31), ArchiveGenerator.issue(2015, 31, ARTICLES));
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertFalse(outcome.full());
        assertEquals(1, outcome.issuesParsed());
        assertTrue(Files.exists(root.resolve("live/issues/2015/31/4/index.html")));
        assertSameAsFullBuild();
    }

    @Test
    void deletingAnIssueRemovesItsPagesAndFiles() {
        TestSites.delete(ArchiveGenerator.issueFile(content, 2015, 29));
        assertFalse(rebuilt().full());
        assertFalse(Files.exists(root.resolve("live/issues/2015/29")));
        assertSameAsFullBuild();

        deleteTree(content.resolve("issues/2015/30"));
        assertFalse(rebuilt().full(), "an issue with files beside it is rebuilt like any other");
        assertFalse(Files.exists(root.resolve("live/issues/2015/30")), "the attachments go with the issue");
        assertSameAsFullBuild();
    }

    @Test
    void renamingADepartmentInTheRegistry() {
        Path registry = content.resolve("departments.yaml");
        TestSites.write(registry, TestSites.read(registry).replace("name: 区财政局", "name: 区财政局（区国资办）\n  aliases: [区财政局]"));
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertEquals(ISSUES, outcome.issuesParsed(), "a registry change parses every issue again");
        assertFalse(outcome.full());
        assertSameAsFullBuild();
        assertTrue(TestSites.read(root.resolve("live/departments/index.html")).contains("区财政局（区国资办）"));
    }

    @Test
    void changingATemplateRendersEverything() {
        Path template = root.resolve("themes/default/templates/article.peb");
        TestSites.write(template, TestSites.read(template).replace("<article class=\"article\">", "<article class=\"article changed\">"));
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertTrue(outcome.full());
        assertEquals(0, outcome.issuesParsed());
        assertEquals(allPages, outcome.pagesRendered());
        assertSameAsFullBuild();
    }

    @Test
    void changingALabelRendersEverythingAndAMistakeInLabelsKeepsTheLastGoodSite() {
        Path labels = root.resolve("themes/default/labels.yaml");
        String original = TestSites.read(labels);
        TestSites.write(labels, original.replace("  title: 往期\n", "  title: 期刊档案\n"));
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertTrue(outcome.full());
        assertEquals(allPages, outcome.pagesRendered());
        assertTrue(TestSites.read(root.resolve("live/issues/index.html")).contains("<h1>期刊档案</h1>"));
        assertSameAsFullBuild();

        TestSites.write(labels, original.replace("  title: 往期\n", "  title: [往期]\n"));
        IncrementalBuilder.Outcome broken = builder.rebuild();
        assertFalse(broken.succeeded());
        assertEquals(labels, broken.problems().all().get(0).file());
        assertTrue(broken.problems().all().get(0).message().contains("archive.title"), broken.problems().all().toString());
        assertTrue(TestSites.read(root.resolve("live/issues/index.html")).contains("<h1>期刊档案</h1>"), "the last good site stays");
    }

    @Test
    void changingAnAssetOrAnAttachmentCopiesItAlone() {
        TestSites.write(root.resolve("themes/default/static/css/site.css"), "body { color: black; }\n");
        TestSites.write(content.resolve("issues/2015/30/print.pdf"), "PDF");
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertEquals(0, outcome.pagesRendered());
        assertEquals(2, outcome.filesChanged());
        assertSameAsFullBuild();
    }

    @Test
    void anAttachmentThatChangesSizeIsListedAgainWithItsNewSize() throws IOException {
        Files.write(content.resolve("issues/2015/30/print.pdf"), new byte[300 * 1024]);
        IncrementalBuilder.Outcome outcome = rebuilt();
        assertTrue(outcome.pagesRendered() > 0);
        assertTrue(TestSites.read(root.resolve("live/issues/2015/30/index.html")).contains("print.pdf</a>（PDF，300 KB）"));
        assertSameAsFullBuild();
    }

    @Test
    void changingSiteSettingsOrAFreePage() {
        Path about = content.resolve("pages/about.md");
        TestSites.write(about, TestSites.read(about).replace("编辑", "编辑出版"));
        assertTrue(rebuilt().full(), "every page's footer links the free pages");
        assertSameAsFullBuild();

        Path settings = content.resolve("site.yaml");
        TestSites.write(settings, TestSites.read(settings).replace("title: 上街信息", "title: 上街信息（网络版）"));
        assertTrue(rebuilt().full(), "every page shows the site's title");
        assertSameAsFullBuild();
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteAndTheNextOneCatchesUp() {
        Path file = ArchiveGenerator.issueFile(content, 2015, 5);
        String good = TestSites.read(file);
        TestSites.write(file, good.replace("number: 5", "number: 五"));
        IncrementalBuilder.Outcome failed = builder.rebuild();
        assertFalse(failed.succeeded());
        assertTrue(failed.problems().all().stream().anyMatch(p -> p.isError() && p.line() == 2), failed.problems().all().toString());
        TestSites.write(ArchiveGenerator.issueFile(content, 2015, 31), ArchiveGenerator.issue(2015, 31, ARTICLES));
        TestSites.write(file, good.replace("一是", "一是认真"));
        assertTrue(rebuilt().succeeded());
        assertSameAsFullBuild();

        Path template = root.resolve("themes/default/templates/issue.peb");
        String goodTemplate = TestSites.read(template);
        TestSites.write(template, "{% extends \"base\" %}{% block content %}{{ issue.nosuchfield }}{% endblock %}");
        IncrementalBuilder.Outcome broken = builder.rebuild();
        assertFalse(broken.succeeded());
        assertEquals(template, broken.problems().all().get(0).file(), broken.problems().all().toString());
        assertEquals(1, broken.problems().all().get(0).line());
        assertTrue(broken.problems().all().get(0).message().startsWith("模板出错："), broken.problems().all().toString());
        TestSites.write(template, goodTemplate);
        assertTrue(rebuilt().succeeded());
        assertSameAsFullBuild();
    }

    @Test
    void theLanguageCheckFollowsWordsYamlAndSiteYamlAndChecksAgainOnlyTheIssueThatChanged() {
        Path words = content.resolve("words.yaml");
        TestSites.write(words, "mistaken_forms:\n  截至目前: 到目前为止\n");
        IncrementalBuilder.Outcome listed = builder.rebuild();
        assertFalse(listed.succeeded(), "a mistaken form is an error");
        assertEquals(ISSUES, listed.issuesParsed(), "a change of words.yaml checks every issue again");
        assertEquals(ISSUES, filesWithFinding(listed, "“截至目前”"));
        assertSameProblemsAsFullBuild(listed);

        Path settings = content.resolve("site.yaml");
        TestSites.write(settings, TestSites.read(settings) + "language_check: {mistaken_forms: warning}\n");
        IncrementalBuilder.Outcome warned = rebuilt();
        assertEquals(ISSUES, warned.issuesParsed(), "a change of the levels in site.yaml checks every issue again");
        assertEquals(ISSUES, filesWithFinding(warned, "“截至目前”"));
        assertSameProblemsAsFullBuild(warned);

        Path file = ArchiveGenerator.issueFile(content, 2015, 12);
        TestSites.write(file, TestSites.read(file).replaceFirst("一是", "一是对台帐"));
        IncrementalBuilder.Outcome edited = rebuilt();
        assertEquals(1, edited.issuesParsed(), "only the issue that changed is checked again");
        assertEquals(1, filesWithFinding(edited, "“台帐”"));
        assertEquals(ISSUES, filesWithFinding(edited, "“截至目前”"), "the findings of the others are kept");
        assertSameProblemsAsFullBuild(edited);

        TestSites.delete(words);
        IncrementalBuilder.Outcome unlisted = rebuilt();
        assertEquals(ISSUES, unlisted.issuesParsed());
        assertEquals(0, filesWithFinding(unlisted, "“截至目前”"));
        assertEquals(1, filesWithFinding(unlisted, "“台帐”"));
        assertSameProblemsAsFullBuild(unlisted);
        assertSameAsFullBuild();
    }

    private static long filesWithFinding(IncrementalBuilder.Outcome outcome, String words) {
        return outcome.problems().all().stream().filter(p -> p.message().contains(words)).map(p -> p.file()).distinct().count();
    }

    private void assertSameProblemsAsFullBuild(IncrementalBuilder.Outcome outcome) {
        assertEquals(SiteBuilder.build(options(root.resolve("full"))).problems().all(), outcome.problems().all());
    }

    private IncrementalBuilder.Outcome rebuilt() {
        IncrementalBuilder.Outcome outcome = builder.rebuild();
        assertTrue(outcome.succeeded(), () -> outcome.problems().all().toString());
        return outcome;
    }

    private SiteBuilder.Options options(Path output) {
        return SiteBuilder.Options.of(content, output, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
    }

    private void assertSameAsFullBuild() {
        Path full = root.resolve("full");
        SiteBuilder.Result result = SiteBuilder.build(options(full));
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        Map<String, String> expected = TestSites.tree(full);
        Map<String, String> actual = TestSites.tree(root.resolve("live"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



    private static void deleteTree(Path folder) {
        try {
            jianbao.output.StagedSite.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
