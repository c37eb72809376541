package jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jianbao.content.DepartmentRegistry;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.content.SiteConfigLoader;
import jianbao.importer.BulletinImporter;
import jianbao.importer.ImportReport;
import jianbao.importer.ImportResult;
import jianbao.importer.IssueSourceWriter;
import jianbao.model.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jianbao import FILE}: turns a bulletin as the office issues it, text or Word .docx, into
 * content/issues/YYYY/NNN.md and prints what it found. Exits 1, writing nothing, on input it
 * cannot understand or when the issue exists already and --force was not given.
 */
@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = "把办公室印发的简报（文本 .txt 或 Word .docx）转成一期的源文件 content/issues/年/期号.md。")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<文件>", description = "要导入的简报：文本（UTF-8 或 GBK）或 Word .docx")
    private Path file;

    @Option(names = "--out", paramLabel = "<目录>", defaultValue = "content",
            description = "内容目录，默认 ${DEFAULT-VALUE}")
    private Path contentDir;

    @Option(names = "--encoding", paramLabel = "<编码>",
            description = "文本文件的编码，如 GBK；不写则自动识别 UTF-8 或 GBK")
    private String encoding;

    @Option(names = "--force", description = "这一期已有源文件时，用导入结果替换它")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path here = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(contentDir)) {
            err.println(Problem.error(contentDir, 0, "找不到内容目录。请在网站仓库的根目录运行，或用 --out 指明内容目录。")
                    .format(here));
            return 1;
        }
        Problems problems = new Problems();
        Optional<ImportResult> result = BulletinImporter.read(file, encoding, problems);
        if (result.isEmpty()) {
            problems.all().forEach(problem -> err.println(problem.format(here)));
            err.println("没有写入任何文件。");
            return 1;
        }
        ImportResult imported = result.get();
        Path target = IssueSourceWriter.target(contentDir, imported.issue());
        if (Files.exists(target) && !force) {
            err.println(Problem.error(target, 0, imported.issue().year() + " 年" + imported.issue().kindWord() + "第 "
                    + imported.issue().number() + " 期已经有源文件了。如确要用导入结果替换它，请加上 --force。").format(here));
            return 1;
        }
        Problems contentProblems = new Problems();
        DepartmentRegistry registry = DepartmentRegistry.load(contentDir.resolve("departments.yaml"), contentProblems);
        String siteTitle = SiteConfigLoader.load(contentDir.resolve("site.yaml"), new Problems())
                .map(SiteConfig::title).orElse("");
        try {
            IssueSourceWriter.write(target, IssueSourceWriter.render(imported.issue(), siteTitle));
        } catch (IOException e) {
            err.println(Problem.error(target, 0, "无法写入：" + e.getMessage()).format(here));
            return 1;
        }
        contentProblems.all().forEach(problem -> err.println(problem.format(here)));
        out.print(ImportReport.format(imported, file, target, registry, here));
        out.flush();
        return 0;
    }
}
