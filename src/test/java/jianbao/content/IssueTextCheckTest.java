package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of the text that the content loader runs on each issue file as it reads it: what it is
 * given, where what it finds goes, and, with an {@link IssueCache}, which files it checks again.
 */
class IssueTextCheckTest {

    @TempDir
    Path root;

    /** Remembers what it was given, by file name, and finds one problem of {@code severity} at line 1 of each file. */
    private static final class Recording implements IssueTextCheck {
        final Map<String, String> texts = new ConcurrentHashMap<>();
        final Map<String, Optional<LocalDate>> dates = new ConcurrentHashMap<>();
        private final Problem.Severity severity;

        Recording(Problem.Severity severity) {
            this.severity = severity;
        }

        @Override
        public List<Problem> problems(Path file, String text, Optional<LocalDate> date) {
            texts.put(file.getFileName().toString(), text);
            dates.put(file.getFileName().toString(), date);
            return List.of(new Problem(severity, file, 1, 1, "checked"));
        }

        Map<String, Optional<LocalDate>> datesInOrder() {
            return new TreeMap<>(dates);
        }
    }

    private ContentLoader.Result load(Path content, IssueTextCheck check, IssueCache cache) {
        return ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()).withCheck(check), cache);
    }

    private static List<String> checkedFiles(ContentLoader.Result loaded) {
        return loaded.problems().all().stream().filter(p -> p.message().equals("checked")).map(p -> p.file().getFileName().toString()).toList();
    }

    @Test
    void theCheckGetsTheDecodedTextAndTheIssuesDateAndItsProblemsJoinTheFiles() throws Exception {
        Path content = TestSites.fixtureContent(root, 20);
        Path issues = content.resolve("issues/2024");
        TestSites.write(issues.resolve("045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        Files.write(issues.resolve("046.md"), ("\uFEFF" + TestSites.issue(46, "2024-08-16", "区财政局").replace("\n", "\r\n")
                .replace("一是", "一是\u0007")).getBytes(StandardCharsets.UTF_8));
        TestSites.write(issues.resolve("047.md"), TestSites.issue(47, "八月二十三日", "区财政局"));
        TestSites.write(issues.resolve("048.md"), "## 没有信息头\n\n正文。（区财政局）\n");
        Files.write(issues.resolve("049.md"), TestSites.issue(49, "2024-09-06", "区财政局").getBytes(Charset.forName("GB18030")));
        Recording check = new Recording(Problem.Severity.WARNING);

        ContentLoader.Result loaded = load(content, check, null);

        assertEquals(Map.of("045.md", Optional.of(LocalDate.of(2024, 8, 9)), "046.md", Optional.of(LocalDate.of(2024, 8, 16)),
                "047.md", Optional.empty(), "048.md", Optional.empty()), check.datesInOrder(),
                "the date when the front matter has one; a file that cannot be decoded is not checked");
        assertEquals(TestSites.issue(46, "2024-08-16", "区财政局"), check.texts.get("046.md"),
                "no byte order mark, Unix line ends, no control characters");
        assertEquals(List.of("045.md", "046.md", "047.md", "048.md"), checkedFiles(loaded));
        assertTrue(loaded.problems().all().stream().anyMatch(p -> p.file().endsWith("049.md") && p.message().contains("UTF-8")));
    }

    @Test
    void errorsOfTheCheckStopNoSiteFromBeingMadeButAreAmongTheProblems() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));

        ContentLoader.Result loaded = load(content, new Recording(Problem.Severity.ERROR), null);

        assertTrue(loaded.site().isPresent(), "check rehearses the build of the site");
        assertEquals(1, loaded.site().get().issues().size());
        assertTrue(loaded.problems().hasErrors());
        assertEquals(List.of("045.md"), checkedFiles(loaded));
    }

    @Test
    void withACacheOnlyChangedFilesAreCheckedAgainAndAllWhenTheCheckChanges() {
        Path content = TestSites.fixtureContent(root, 20);
        for (int number = 45; number <= 48; number++) {
            TestSites.write(content.resolve("issues/2024/0" + number + ".md"), TestSites.issue(number, "2024-08-09", "区财政局"));
        }
        try (IssueCache cache = new IssueCache()) {
            Recording check = new Recording(Problem.Severity.WARNING);
            List<String> all = List.of("045.md", "046.md", "047.md", "048.md");
            assertEquals(all, checkedFiles(load(content, check, cache)));
            assertEquals(all, List.copyOf(new TreeMap<>(check.texts).keySet()));

            check.texts.clear();
            ContentLoader.Result again = load(content, check, cache);
            assertEquals(Map.of(), check.texts, "nothing changed, nothing is checked");
            assertEquals(all, checkedFiles(again), "what the check found is kept with each file");

            TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-09", "区财政局").replace("一是", "一是认真"));
            ContentLoader.Result edited = load(content, check, cache);
            assertEquals(List.of("046.md"), List.copyOf(check.texts.keySet()));
            assertTrue(check.texts.get("046.md").contains("一是认真"));
            assertEquals(all, checkedFiles(edited));

            Recording other = new Recording(Problem.Severity.WARNING);
            assertFalse(other.equals(check));
            load(content, other, cache);
            assertEquals(all, List.copyOf(new TreeMap<>(other.texts).keySet()), "a check that is not equal checks every file");
        }
    }
}
