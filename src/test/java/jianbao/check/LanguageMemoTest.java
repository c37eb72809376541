package jianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import jianbao.content.Problem;
import jianbao.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language check of serve mode follows every change of an issue, of words.yaml and of site.yaml. */
class LanguageMemoTest {

    @TempDir
    Path root;

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + (p.isError() ? " E" : " W")).toList();
    }

    @Test
    void findsWhatTheFullCheckFindsAfterEveryChange() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path first = content.resolve("issues/2024/045.md");
        Path second = content.resolve("issues/2024/046.md");
        TestSites.write(first, TestSites.issue(45, "2024-08-09", "区财政局").replace("二是加强管理。", "二是加强台帐管理。"));
        TestSites.write(second, TestSites.issue(46, "2024-08-16", "区财政局"));
        LanguageMemo memo = new LanguageMemo();
        assertEquals(List.of("045.md:9:12 E"), messages(memo.problems(content, new Problems())));

        TestSites.write(second, TestSites.issue(46, "2024-08-16", "区财政局").replace("二是加强管理。", "二是加强 with 管理。"));
        assertEquals(List.of("045.md:9:12 E", "046.md:9:13 W"), messages(memo.problems(content, new Problems())));

        TestSites.write(content.resolve("words.yaml"), "allowed_latin: [with]\nmistaken_forms:\n  台帐: \"\"\n");
        assertEquals(List.of(), messages(memo.problems(content, new Problems())));

        Files.delete(content.resolve("words.yaml"));
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "language_check: {mistaken_forms: warning}\n");
        assertEquals(List.of("045.md:9:12 W", "046.md:9:13 W"), messages(memo.problems(content, new Problems())));

        Files.delete(first);
        assertEquals(List.of("046.md:9:13 W"), messages(memo.problems(content, new Problems())));
        assertEquals(new LanguageCheck(LanguageSettings.load(content, new Problems())).problems(content),
                memo.problems(content, new Problems()));
    }
}
