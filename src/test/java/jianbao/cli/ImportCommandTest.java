package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import jianbao.importer.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {


    @TempDir
    Path folder;

    private Path content;
    private Path seed;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void contentFolderAndSeed() throws IOException {
        content = Files.createDirectories(folder.resolve("content"));
        Files.copy(Path.of("content/site.yaml"), content.resolve("site.yaml"));
        Files.copy(Path.of("content/departments.yaml"), content.resolve("departments.yaml"));
        seed = folder.resolve("shangjie-xinxi-2024-045.txt");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/jianbao/importer/shangjie-xinxi-2024-045.txt"))) {
            Files.copy(in, seed);
        }
    }

    private int jianbao(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path issue() {
        return content.resolve("issues/2024/045.md");
    }

    @Test
    void importsTheSeedAndReports() throws IOException {
        int status = jianbao("import", seed.toString(), "--out", content.toString());

        assertEquals(0, status, err.toString());
        assertEquals(Seed.canonical(), Files.readString(issue()));
        String report = out.toString();
        assertTrue(report.startsWith("已导入第 45 期（2024-08-09）→ "), report);
        assertTrue(report.contains("信息 7 条，简讯 2 条"), report);
        assertTrue(report.contains("shangjie-xinxi-2024-045.txt:13: "), report);
        assertEquals("", err.toString());
    }

    @Test
    void refusesToOverwriteAnIssueWithoutForce() throws IOException {
        Files.createDirectories(issue().getParent());
        Files.writeString(issue(), "edited by hand\n");

        int refused = jianbao("import", seed.toString(), "--out", content.toString());

        assertEquals(1, refused);
        assertEquals("edited by hand\n", Files.readString(issue()));
        assertTrue(err.toString().contains("045.md: 错误：2024 年第 45 期已经有源文件了"), err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());

        int forced = jianbao("import", seed.toString(), "--out", content.toString(), "--force");

        assertEquals(0, forced, err.toString());
        assertEquals(Seed.canonical(), Files.readString(issue()));
    }

    @Test
    void gbkTextWithTheEncodingGiven() throws IOException {
        Path gbk = folder.resolve("gbk.txt");
        Files.write(gbk, Files.readString(seed).getBytes(Charset.forName("GBK")));

        int status = jianbao("import", gbk.toString(), "--out", content.toString(), "--encoding", "GBK");

        assertEquals(0, status, err.toString());
        assertEquals(Seed.canonical(), Files.readString(issue()));
    }

    @Test
    void badInputWritesNothingAndSaysWhereInChinese() throws IOException {
        Path broken = folder.resolve("broken.txt");
        Files.writeString(broken, Files.readString(seed).replace("第 45 期", ""), StandardCharsets.UTF_8);

        int status = jianbao("import", broken.toString(), "--out", content.toString());

        assertEquals(1, status);
        assertFalse(Files.exists(content.resolve("issues")));
        assertTrue(err.toString().contains("broken.txt:3: 错误：找不到期号"), err.toString());
        assertTrue(err.toString().contains("没有写入任何文件"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingContentFolderWritesNothing() {
        Path elsewhere = folder.resolve("not-content");

        assertEquals(1, jianbao("import", seed.toString(), "--out", elsewhere.toString()));
        assertTrue(err.toString().contains("找不到内容目录"), err.toString());
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void missingFileAndUnknownOptionExitWithOne() {
        assertEquals(1, jianbao("import", folder.resolve("missing.txt").toString(), "--out", content.toString()));
        assertTrue(err.toString().contains("找不到这个文件"), err.toString());
        assertEquals(1, jianbao("import", seed.toString(), "--unknown"));
        assertFalse(Files.exists(content.resolve("issues")));
    }
}
