package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import jianbao.TestSites;
import jianbao.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the cache reads a file again, and that it never takes an edited file for the one it parsed. */
class IssueCacheTest {

    @TempDir
    Path root;

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger parses = new AtomicInteger();

    private Optional<IssueParser.Parsed> get(IssueCache cache, Path file) {
        Supplier<Optional<byte[]>> read = () -> {
            reads.incrementAndGet();
            return TextDecoding.readBytes(file, new Problems());
        };
        Function<byte[], IssueParser.Parsed> parse = bytes -> {
            parses.incrementAndGet();
            return new IssueParser.Parsed(Optional.empty(), List.of(), List.of());
        };
        return cache.get(file, List.of(), DepartmentRegistry.of(List.of()), read, parse);
    }

    private Path issue(String text) {
        Path file = root.resolve("045.md");
        TestSites.write(file, text);
        return file;
    }

    @Test
    void aFileChangedLongAgoIsNotReadAgainUntilItChanges() throws Exception {
        try (IssueCache cache = new IssueCache(Duration.ZERO)) {
            Path file = issue(TestSites.issue(45, "2024-08-09", "区财政局"));
            IssueParser.Parsed first = get(cache, file).orElseThrow();
            assertEquals(1, reads.get());
            assertSame(first, get(cache, file).orElseThrow());
            assertEquals(1, reads.get(), "the stamp told it unchanged: not read");

            Thread.sleep(50);  // past a tick of the file system's clock
            TestSites.write(file, Files.readString(file).replace("一是", "二是"));  // same length, other text
            assertNotSame(first, get(cache, file).orElseThrow());
            assertEquals(2, reads.get());
            assertEquals(2, parses.get());
        }
    }

    @Test
    void anEditRightAfterTheParseIsFoundEvenWithinTheSameTickAndLength() throws Exception {
        try (IssueCache cache = new IssueCache()) {
            Path file = issue(TestSites.issue(45, "2024-08-09", "区财政局"));
            IssueParser.Parsed first = get(cache, file).orElseThrow();
            // Written at once: the stamp may well be the same, so the bytes decide.
            TestSites.write(file, Files.readString(file).replace("一是", "二是"));
            assertNotSame(first, get(cache, file).orElseThrow());
            IssueParser.Parsed second = get(cache, file).orElseThrow();
            assertEquals(2, parses.get(), "the edit parsed once, the unchanged file not again");
            assertSame(second, get(cache, file).orElseThrow());
            assertEquals(4, reads.get(), "a file written moments ago is read and compared every time");
        }
    }

    @Test
    void whenEveryFileIsParsedAgainTheBodiesGoToANewFileAndTheOldOneIsDeleted() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        ContentLoader.Options options = new ContentLoader.Options(false, TestSites.TODAY, Optional.empty());
        IssueTextCheck other = (file, text, date) -> List.of();
        try (IssueCache cache = new IssueCache()) {
            Article read = ContentLoader.load(content, options, cache).site().orElseThrow().articles().get(0);
            BodyFile first = cache.bodyFile();
            assertTrue(first.path() != null, "a file was made for the articles' bodies");
            ContentLoader.load(content, options, cache);
            assertSame(first, cache.bodyFile(), "nothing parsed again, the same file");

            ContentLoader.Result again = ContentLoader.load(content, options.withCheck(other), cache);
            assertNotSame(first, cache.bodyFile(), "another check parses every file again, into a new file");
            assertThrows(RuntimeException.class, read::text, "the old file is closed, which frees it");
            assertTrue(cache.bodyFile().path() != null);
            again.site().orElseThrow().articles().forEach(article -> assertFalse(article.text().isEmpty()));
        }
    }

    @Test
    void aFileThatCannotBeReadIsNotCached() {
        try (IssueCache cache = new IssueCache(Duration.ZERO)) {
            assertEquals(Optional.empty(), get(cache, root.resolve("missing.md")));
            assertEquals(Optional.empty(), get(cache, root.resolve("missing.md")));
            assertEquals(2, reads.get());
            assertEquals(0, parses.get());
        }
    }
}
