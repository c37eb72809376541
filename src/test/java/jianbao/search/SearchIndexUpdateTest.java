package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import jianbao.TestSites;
import jianbao.content.ContentLoader;
import jianbao.content.IssueCache;
import jianbao.model.Site;
import jianbao.output.SiteFiles;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index serve mends after a change of a few documents is, file for file and byte for byte, the
 * index written whole from the same content, and the mending rewrote few files.
 */
class SearchIndexUpdateTest {

    private static final String ALPHABET = "乡村振兴峡窝镇区财政局项目建设发展经济产业管理服务工作推进开展加强全面社会治理网格"
            + "，。、“”ABCabc0123４５.";
    private static final String[] SOURCES = {"区财政局", "区城管局", "峡窝镇", "峡窝镇、区财政局", "区新设局"};
    /** Small shards, so that an archive of a few dozen issues has hundreds of them. */
    private static final SearchIndexWriter WRITER = new SearchIndexWriter(400, 3, SearchIndexWriter.DEFAULT_SPILL_BYTES);
    private static final SiteUrls URLS = new SiteUrls(URI.create("https://example.gov.cn/xinxi/"));
    private static final Labels LABELS = TestSites.defaultLabels();

    @TempDir
    Path work;
    private Path content;
    private final IssueCache cache = new IssueCache();
    private final Random random = new Random(2024);
    private int newest;

    @BeforeEach
    void generate() {
        content = TestSites.fixtureContent(work, 10);
        for (newest = 1; newest <= 24; newest++) {
            writeIssue(newest, 3 + random.nextInt(4));
        }
        newest--;
    }

    @AfterEach
    void closeCache() {
        cache.close();
    }

    @Test
    void aSentenceAddedAtTheEndOfAnArticleRewritesFewFilesAndGivesTheIndexWrittenWhole() {
        Map<String, byte[]> published = new TreeMap<>();
        SearchIndex index = WRITER.write(load(), URLS, LABELS, into(published));
        int total = published.size();
        for (int round = 0; round < 12; round++) {
            Path issue = randomIssue();
            String text = TestSites.read(issue);
            int at = text.indexOf("（", text.indexOf("## ") + random.nextInt(text.length() / 2));
            at = at < 0 ? text.indexOf("（") : at;
            TestSites.write(issue, text.substring(0, at) + randomText(2, 6) + text.substring(at));
            Map<String, byte[]> written = new TreeMap<>();
            index = update(index, published, written);
            assertTrue(written.size() < total / 10, "round " + round + ": " + written.size() + " of " + total + " files written");
        }
    }

    @Test
    void articlesAddedAndRemovedIssuesAddedAndDeletedAndTextChangedGiveTheIndexWrittenWhole() {
        Map<String, byte[]> published = new TreeMap<>();
        SearchIndex index = WRITER.write(load(), URLS, LABELS, into(published));
        for (int round = 0; round < 42; round++) {
            switch (round % 7) {
                case 0 -> {
                    Path issue = randomIssue();
                    String text = TestSites.read(issue);
                    int brief = text.indexOf("△");
                    TestSites.write(issue, text.substring(0, brief) + article() + text.substring(brief));
                }
                case 1 -> {
                    Path issue = randomIssue();
                    String text = TestSites.read(issue);
                    int first = text.indexOf("## ");
                    int second = text.indexOf("## ", first + 1);
                    if (second > 0) {
                        TestSites.write(issue, text.substring(0, first) + text.substring(second));
                    }
                }
                case 2 -> writeIssue(++newest, 2 + random.nextInt(3));
                case 3 -> TestSites.delete(randomIssue());
                case 4 -> {
                    Path issue = randomIssue();
                    TestSites.write(issue, TestSites.read(issue).replaceFirst("一是", "一是" + randomText(1, 8)));
                }
                case 5 -> {
                    // Enough text to make positions a byte longer, so that shards grow and cuts may move.
                    Path issue = randomIssue();
                    TestSites.write(issue, TestSites.read(issue).replaceFirst("一是", "一是" + randomText(70, 140)));
                }
                default -> {
                    // Text taken out near the start of an article: positions a byte shorter, shards shrink.
                    Path issue = randomIssue();
                    TestSites.write(issue, TestSites.read(issue).replaceFirst("一是[^（\n]{20,70}", "一是"));
                }
            }
            index = update(index, published, new TreeMap<>());
        }
    }

    @Test
    void aShardMissingFromThePublishedFolderHasTheIndexWrittenWhole() {
        Map<String, byte[]> published = new TreeMap<>();
        SearchIndex index = WRITER.write(load(), URLS, LABELS, into(published));
        published.keySet().removeIf(path -> path.startsWith("search/terms/"));
        Path issue = randomIssue();
        TestSites.write(issue, TestSites.read(issue).replaceFirst("一是", "一是认真"));
        Map<String, byte[]> written = new TreeMap<>();
        update(index, published, written);
        assertTrue(written.keySet().stream().filter(path -> path.startsWith("search/terms/")).count() > 10, written.keySet().toString());
    }

    /**
     * Mends the index in {@code published} after the change just made, puts the files written in
     * {@code written} and in {@code published}, drops the files no longer in the index, and checks
     * that the result is the index written whole.
     */
    private SearchIndex update(SearchIndex previous, Map<String, byte[]> published, Map<String, byte[]> written) {
        Site site = load();
        Function<String, byte[]> read = path -> Optional.ofNullable(published.get(path))
                .orElseThrow(() -> new UncheckedIOException(new NoSuchFileException(path)));
        SearchIndex index = WRITER.update(previous, site, URLS, LABELS, read, into(written));
        published.putAll(written);
        published.keySet().retainAll(index.files());
        SortedMap<String, byte[]> whole = WRITER.files(site, URLS, LABELS);
        assertEquals(whole.keySet(), published.keySet());
        whole.forEach((path, bytes) -> assertArrayEquals(bytes, published.get(path), path));
        return index;
    }

    private Site load() {
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()), cache);
        assertTrue(loaded.site().isPresent(), loaded.problems().all().toString());
        return loaded.site().get();
    }

    private static SiteFiles into(Map<String, byte[]> files) {
        return new SiteFiles() {
            @Override
            public synchronized void write(String relativePath, byte[] bytes) {
                files.put(relativePath, bytes);
            }

            @Override
            public void copy(Path source, String relativePath) {
                throw new UnsupportedOperationException(relativePath);
            }
        };
    }

    private void writeIssue(int number, int articles) {
        StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: 2024-" + String.format("%02d", 1 + number / 28)
                + "-" + String.format("%02d", 1 + number % 28) + "\n---\n\n");
        for (int a = 0; a < articles; a++) {
            text.append(article());
        }
        text.append("△ 一是").append(randomText(10, 40)).append("（区城管局）\n");
        TestSites.write(content.resolve("issues/2024/" + String.format("%03d", number) + ".md"), text.toString());
    }

    private String article() {
        return "## " + randomText(6, 12) + "\n\n一是" + randomText(30, 160) + "一是" + randomText(10, 60)
                + "（" + SOURCES[random.nextInt(SOURCES.length)] + "）\n\n";
    }

    private Path randomIssue() {
        try (Stream<Path> files = Files.list(content.resolve("issues/2024"))) {
            List<Path> issues = new ArrayList<>(files.sorted().toList());
            return issues.get(random.nextInt(issues.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String randomText(int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }


}
