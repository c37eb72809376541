package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import jianbao.TestSites;
import jianbao.content.ContentLoader;
import jianbao.model.Site;
import jianbao.render.SiteUrls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Writes the index of a generated site with small shards and reads it back as search.js does. */
class SearchIndexWriterTest {

    private static final String ALPHABET = "乡村振兴峡窝镇区财政局项目建设发展经济产业管理服务工作推进开展加强全面社会治理网格"
            + "，。、“”ABCabc0123４５.";
    private static final String[] SOURCES = {"区财政局", "区城管局", "峡窝镇", "峡窝镇、区财政局", "区新设局"};
    private static final int SHARD_BYTES = 300;
    private static final int PACK_SIZE = 3;

    @TempDir
    static Path work;
    static Site site;
    static SiteUrls urls;
    static SortedMap<String, byte[]> files;
    static List<SearchDocument> documents;
    static List<String> texts;

    @BeforeAll
    static void writeIndex() {
        Path content = TestSites.fixtureContent(work, 10);
        Random random = new Random(45);
        int[][] issues = {{2023, 1}, {2023, 2}, {2024, 1}, {2024, 2}};
        for (int[] issue : issues) {
            StringBuilder text = new StringBuilder("---\nnumber: " + issue[1] + "\ndate: " + issue[0] + "-0" + (issue[1] + 2) + "-15\n---\n\n");
            for (int a = 0; a < 4; a++) {
                text.append("## ").append(randomText(random, 6, 12)).append("\n\n一是").append(randomText(random, 30, 120))
                        .append("（").append(SOURCES[random.nextInt(SOURCES.length)]).append("）\n\n");
            }
            text.append("△ 一是").append(randomText(random, 10, 40)).append("（区城管局）\n");
            TestSites.write(content.resolve("issues/" + issue[0] + "/" + String.format("%03d", issue[1]) + ".md"), text.toString());
        }
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
        assertTrue(loaded.site().isPresent(), loaded.problems().all().toString());
        site = loaded.site().get();
        urls = new SiteUrls(URI.create("https://example.gov.cn/xinxi/"));
        files = new SearchIndexWriter(SHARD_BYTES, PACK_SIZE, SearchIndexWriter.DEFAULT_SPILL_BYTES).files(site, urls, TestSites.defaultLabels());
        documents = SearchIndexWriter.documents(site, urls);
        texts = documents.stream()
                .map(d -> String.join("\u0000", d.fields().stream().map(SearchText::normalizeToString).toList())).toList();
    }

    private static String randomText(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Test
    void findsEveryDocumentContainingAStringAndNoOther() {
        Random random = new Random(7);
        IndexLookup index = new IndexLookup(files);
        List<String> queries = new ArrayList<>(List.of("乡村振兴", "４５", "45", "abc", "ABC", "a", "。", "“产业", "不存在的词", "x"));
        for (int i = 0; i < 600; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 1 + random.nextInt(6);
            if (text.length() > length) {
                int start = random.nextInt(text.length() - length);
                queries.add(text.substring(start, start + length).replace("\u0000", ""));
            }
        }
        int nonEmpty = 0;
        for (String query : queries) {
            String normalized = SearchText.normalizeToString(query);
            if (normalized.isEmpty()) {
                continue;
            }
            Set<Integer> expected = new TreeSet<>();
            for (int id = 0; id < texts.size(); id++) {
                if (texts.get(id).contains(normalized)) {
                    expected.add(id);
                }
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, index.containing(query), query);
        }
        assertTrue(nonEmpty > 500, "queries with matches: " + nonEmpty);
    }

    @Test
    void findsEveryDocumentWithAStringInItsHeadline() {
        Random random = new Random(11);
        IndexLookup index = new IndexLookup(files);
        List<String> headlines = documents.stream().map(d -> SearchText.normalizeToString(d.fields().get(0))).toList();
        int nonEmpty = 0;
        for (int i = 0; i < 300; i++) {
            // Half of the queries from headlines, half from anywhere.
            String text = (i % 2 == 0 ? headlines : texts).get(random.nextInt(texts.size()));
            int length = 2 + random.nextInt(5);
            if (text.length() <= length) {
                continue;
            }
            int start = random.nextInt(text.length() - length);
            String query = text.substring(start, start + length);
            if (query.contains("\u0000")) {
                continue;
            }
            Set<Integer> expected = new TreeSet<>();
            for (int id = 0; id < headlines.size(); id++) {
                if (headlines.get(id).contains(query)) {
                    expected.add(id);
                }
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertEquals(expected, index.inHeadline(query), query);
        }
        assertTrue(nonEmpty > 100, "queries found in a headline: " + nonEmpty);
    }

    @Test
    void documentsAreNumberedOldestFirstAndPackedWhatAResultShows() {
        assertEquals(4 * 5, documents.size());
        IndexLookup index = new IndexLookup(files);
        Map<String, Object> first = index.document(0);
        assertEquals("/xinxi/issues/2023/1/1/", first.get("href"));
        assertEquals(List.of(false, "第1期", 2023, "2023-03-15", "2023年3月15日"),
                List.of(first.get("brief"), first.get("issue"), first.get("year"), first.get("date"), first.get("dateText")));
        assertEquals(documents.get(0).title(), first.get("title"));
        assertEquals(documents.get(0).entry().text(), first.get("text"));
        Map<String, Object> brief = index.document(19);
        assertEquals("/xinxi/issues/2024/2/#brief-1", brief.get("href"));
        assertEquals(true, brief.get("brief"));
        assertEquals(List.of("区城管局"), brief.get("departments"));
        assertEquals(List.of("search/docs/0.bin", "search/docs/6.bin"), index.fetched);
        assertEquals(7, files.keySet().stream().filter(path -> path.startsWith("search/docs/")).count(), "20 documents, 3 a pack");
        assertEquals(20, index.manifest.get("documents"));
        assertEquals(PACK_SIZE, index.manifest.get("packSize"));
        assertEquals(List.of(List.of(2024, 10, 19), List.of(2023, 0, 9)), index.manifest.get("years"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void departmentFilesListTheirDocuments() {
        List<List<Object>> departments = (List<List<Object>>) new IndexLookup(files).manifest.get("departments");
        assertEquals(List.of("区财政局", "区城管局", "峡窝镇", "区新设局"), departments.stream().map(d -> d.get(0)).toList());
        for (int i = 0; i < departments.size(); i++) {
            String name = (String) departments.get(i).get(0);
            Set<Integer> expected = new TreeSet<>();
            documents.stream().filter(d -> d.departments().stream().anyMatch(x -> x.name().equals(name)))
                    .forEach(d -> expected.add(d.id()));
            assertEquals(expected, IndexLookup.documents(files.get("search/departments/" + i + ".bin")), name);
            assertEquals(expected.size(), departments.get(i).get(2), name);
        }
    }

    @Test
    void shardsAreSmallSortedAndAQueryFetchesOnlyItsOwn() {
        IndexLookup index = new IndexLookup(files);
        for (String kind : List.of("terms", "chars")) {
            boolean terms = kind.equals("terms");
            int[] firstKeys = ((String) index.manifest.get(terms ? "termShards" : "charShards")).codePoints().toArray();
            int shards = firstKeys.length / (terms ? 3 : 1);
            assertTrue(shards > (terms ? 3 : 0), kind + " shards: " + shards);
            assertEquals(shards, files.keySet().stream().filter(path -> path.startsWith("search/" + kind + "/")).count());
            if (terms) {
                assertEquals(shards, files.keySet().stream().filter(path -> path.startsWith("search/positions/")).count());
            }
            long previous = -1;
            for (int i = 0; i < shards; i++) {
                String name = terms ? index.termShardName(i) : index.charShardName(i);
                byte[] shard = files.get("search/" + kind + "/" + name + ".bin");
                Map<Long, byte[]> entries = IndexLookup.shard(shard, terms);
                int size = IndexFiles.inflate(shard).length + (terms ? IndexFiles.inflate(files.get("search/positions/" + name + ".bin")).length : 0);
                assertTrue(size <= 2 * (terms ? 1 : 4) * SHARD_BYTES + 16 || entries.size() <= 2, kind + " " + i + ": " + size);
                long firstKey = entries.keySet().iterator().next();
                long expected = terms ? SearchIndexWriter.termKey(firstKeys[3 * i], firstKeys[3 * i + 1], firstKeys[3 * i + 2], true) : firstKeys[i];
                assertEquals(expected, terms ? firstKey & ~1L : firstKey);
                for (long key : entries.keySet()) {
                    assertTrue(previous == -1 || Long.compareUnsigned(key, previous) > 0, "keys ascend");
                    previous = key;
                }
            }
        }
        String text = texts.get(3);
        String four = text.substring(text.indexOf('\u0000') + 10, text.indexOf('\u0000') + 14);
        assertTrue(index.containing(four).contains(3), four);
        assertTrue(index.fetched.stream().distinct().filter(path -> path.startsWith("search/terms/")).count() <= 2, index.fetched.toString());
        assertTrue(index.fetched.stream().distinct().filter(path -> path.startsWith("search/positions/")).count() <= 2, index.fetched.toString());
        assertTrue(index.fetched.stream().allMatch(path -> path.startsWith("search/terms/") || path.startsWith("search/positions/")));
        index.fetched.clear();
        assertTrue(index.containing(four.substring(0, 3)).contains(3), four);
        assertEquals(1, index.fetched.stream().distinct().count(), "three characters need the documents of one trigram: " + index.fetched);
    }

    @Test
    void theSameSiteGivesTheSameBytesWhetherOrNotPostingsWereSpilledToDisk() {
        SortedMap<String, byte[]> again = new SearchIndexWriter(SHARD_BYTES, PACK_SIZE, SearchIndexWriter.DEFAULT_SPILL_BYTES).files(site, urls, TestSites.defaultLabels());
        SortedMap<String, byte[]> spilled = new SearchIndexWriter(SHARD_BYTES, PACK_SIZE, 1).files(site, urls, TestSites.defaultLabels());
        for (SortedMap<String, byte[]> other : List.of(again, spilled)) {
            assertEquals(files.keySet(), other.keySet());
            files.forEach((path, bytes) -> assertArrayEquals(bytes, other.get(path), path));
        }
        assertTrue(json(files.get("search/index.json")).matches("(?s)\\{\"format\":4,\"version\":\"[0-9a-f]{12}\".*"));
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
