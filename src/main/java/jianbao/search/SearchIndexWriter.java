package jianbao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.output.JsonText;
import jianbao.output.SiteFiles;
import jianbao.render.CnDates;
import jianbao.render.IssueNames;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/**
 * Writes the files the search page reads, all under {@link SiteUrls#search()}, split so that a
 * query downloads only what it needs, and packed so that the index stays smaller than the
 * articles' own Markdown, in few files:
 * <ul>
 * <li>{@code index.json}: the manifest, plain JSON: a version, the number of documents, how many
 *     documents a pack holds, the documents of each year, the departments, and the first key of
 *     each shard of terms and of characters (one string of code points, three per term shard);</li>
 * <li>{@code terms/N.bin}: every three adjacent characters (trigram) of the normalised text, and
 *     the last two of each field followed by the end mark 0, with the documents where it occurs,
 *     the headline apart from the rest of the document (body and departments); the keys are
 *     sorted and cut into shards of 8 to 24 KB, growing with the archive (see {@link Shards});</li>
 * <li>{@code positions/N.bin}: the positions of the terms of {@code terms/N.bin}, in the same
 *     order, counting from the start of the headline or of the rest: fetched only for terms of four
 *     characters or more;</li>
 * <li>{@code chars/N.bin}: for single-character queries, the documents containing each character,
 *     in shards four times as large;</li>
 * <li>{@code departments/N.bin}: the documents of the N-th department of the manifest, for the filter;</li>
 * <li>{@code docs/N.bin}: what a result shows (link, headline, issue, date, departments, text) for
 *     the documents N × packSize up to the next pack, as a JSON array, fetched only for the results
 *     on screen.</li>
 * </ul>
 * Document sets are stored as lists or bitmaps ({@link DocumentSets}); every other number is an
 * unsigned LEB128 integer. Every {@code .bin} file is compressed with raw DEFLATE ({@link IndexFiles}),
 * which search.js undoes. A term of two characters is found in the documents of the terms starting
 * with them, one of three in those of its trigram; a longer one where the trigrams that cover it
 * occur at the right distances (for 乡村振兴, 乡村振 at p and 村振兴 at p + 1; for 全面推进乡村振兴,
 * 全面推, 进乡村 and 村振兴 at p, p + 3 and p + 5). So results have no false positives and no misses,
 * and a query fetches the postings of a third of its trigrams.
 *
 * <p>Memory: the writer holds the list of documents (references into the site), one batch of
 * analysed documents, and postings tables up to {@link #DEFAULT_SPILL_BYTES}, beyond which they
 * are spilled to temporary files and merged key by key at the end ({@link PostingsRuns}); files are
 * written as they are made, a few megabytes at a time. Keys and postings are sorted and nothing
 * depends on the clock, so the same site gives the same bytes (DEFLATE's output depends on the zlib
 * of the Java installation, so the same installation always gives the same bytes).
 *
 * <p>Sizes on the archive bench/ generates: 100,000 articles (184.2 MB of Markdown) give an index of
 * 163.4 MB in 17,294 files (one JSON file per document and positional bigrams took 440.4 MB in
 * 118,218); 20,000 give 33.0 MB in 7,169 files; 5,000 give 8.5 MB in 3,229 files.
 */
public final class SearchIndexWriter {

    /** Bump when search.js must change to read the files. */
    public static final int FORMAT = 2;
    /**
     * Shards of a small archive are small, so that a query of several words on 5,000 articles
     * fetches little; those of a large one larger, so that 100,000 articles keep to few files.
     */
    public static final int MIN_SHARD_BYTES = 8 * 1024;
    public static final int MAX_SHARD_BYTES = 24 * 1024;
    public static final int DEFAULT_PACK_SIZE = 10;
    public static final long DEFAULT_SPILL_BYTES = 96L << 20;
    /** Documents analysed in parallel at a time. */
    private static final int BATCH = 2048;

    private final int shardBytes;
    private final int packSize;
    private final long spillBytes;

    /** Shards of {@link #MIN_SHARD_BYTES} plus a quarter of a byte per document, up to {@link #MAX_SHARD_BYTES}. */
    public SearchIndexWriter() {
        this(0, DEFAULT_PACK_SIZE, DEFAULT_SPILL_BYTES);
    }

    /**
     * @param shardBytes the size a shard is filled to before the next one starts, or 0 for one that
     *                   grows with the archive
     * @param packSize   the documents of one {@code docs/N.bin}
     * @param spillBytes the memory postings may take before they are spilled to temporary files
     */
    public SearchIndexWriter(int shardBytes, int packSize, long spillBytes) {
        this.shardBytes = shardBytes;
        this.packSize = packSize;
        this.spillBytes = spillBytes;
    }

    /** The documents of the index, oldest first: issues by date, articles then briefs in printed order. */
    public static List<SearchDocument> documents(Site site, SiteUrls urls) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Issue> issues = site.issues();
        for (int i = issues.size() - 1; i >= 0; i--) {
            Issue issue = issues.get(i);
            List<Entry> entries = new ArrayList<>(issue.articles());
            entries.addAll(issue.briefs());
            for (Entry entry : entries) {
                documents.add(new SearchDocument(documents.size(), entry, issue, urls.href(SiteUrls.entry(entry)), entry.title()));
            }
        }
        return documents;
    }

    /** Every file of the index by its path under the site root, in path order. */
    public SortedMap<String, byte[]> files(Site site, SiteUrls urls, Labels labels) {
        SortedMap<String, byte[]> files = java.util.Collections.synchronizedSortedMap(new TreeMap<>());
        write(site, urls, labels, new SiteFiles() {
            @Override
            public void write(String relativePath, byte[] bytes) {
                files.put(relativePath, bytes);
            }

            @Override
            public void copy(java.nio.file.Path source, String relativePath) {
                throw new UnsupportedOperationException(relativePath);
            }
        });
        return new TreeMap<>(files);
    }

    /** Writes every file of the index to {@code out}, each as soon as it is made. */
    public void write(Site site, SiteUrls urls, Labels labels, SiteFiles out) {
        List<SearchDocument> documents = documents(site, urls);
        String root = SiteUrls.search();
        IndexFiles files = new IndexFiles(out);
        for (int pack = 0; pack * packSize < documents.size(); pack++) {
            List<SearchDocument> packed = documents.subList(pack * packSize, Math.min(documents.size(), (pack + 1) * packSize));
            StringBuilder json = new StringBuilder("[");
            for (SearchDocument document : packed) {
                documentJson(json.length() > 1 ? json.append(",\n") : json, document, labels);
            }
            files.addText(root + "docs/" + pack + ".bin", json.append("]\n").toString());
        }

        List<int[]> termShards;
        List<int[]> charShards;
        try (PostingsRuns terms = new PostingsRuns(spillBytes); PostingsRuns chars = new PostingsRuns(spillBytes / 4)) {
            for (int from = 0; from < documents.size(); from += BATCH) {
                List<DocumentTerms> batch = documents.subList(from, Math.min(documents.size(), from + BATCH)).parallelStream()
                        .map(d -> DocumentTerms.of(SearchText.fields(d.fields()))).toList();
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).addTo(from + i, terms.table(), chars.table());
                }
            }
            termShards = shards(terms, true, root, files, documents.size());
            charShards = shards(chars, false, root, files, documents.size());
        }

        List<Department> departments = new ArrayList<>(site.departments());
        Map<Department, List<Integer>> byDepartment = new LinkedHashMap<>();
        departments.forEach(d -> byDepartment.put(d, new ArrayList<>()));
        for (SearchDocument document : documents) {
            for (Department department : document.departments()) {
                byDepartment.computeIfAbsent(department, d -> {
                    departments.add(d);
                    return new ArrayList<>();
                }).add(document.id());
            }
        }
        for (int i = 0; i < departments.size(); i++) {
            int[] ids = byDepartment.get(departments.get(i)).stream().mapToInt(Integer::intValue).toArray();
            Varints set = new Varints();
            DocumentSets.write(set, ids, ids.length);
            files.add(root + "departments/" + i + ".bin", set.toByteArray());
        }
        files.addPlain(root + "index.json", manifest(documents, departments, byDepartment, termShards, charShards, files.version()));
    }

    private List<int[]> shards(PostingsRuns runs, boolean terms, String folder, IndexFiles files, int documents) {
        int bytes = shardBytes > 0 ? shardBytes : Math.min(MAX_SHARD_BYTES, Math.max(MIN_SHARD_BYTES, documents / 4));
        Shards shards = new Shards(files, folder, terms, terms ? bytes : 4 * bytes);
        runs.merge((key, chunks) -> shards.add(key, DocumentSets.postings(chunks, terms)));
        return shards.finish();
    }

    /** The third character of the term that ends a field. */
    static final int END = 0;

    /**
     * A term as one number that sorts, as an unsigned number, like its code points, the headline's
     * just before the rest's: 21 bits for each code point, then one for the field.
     */
    static long termKey(int first, int second, int third, boolean inHeadline) {
        return (long) first << 43 | (long) second << 22 | (long) third << 1 | (inHeadline ? 0 : 1);
    }

    private static void documentJson(StringBuilder json, SearchDocument document, Labels labels) {
        Issue issue = document.issue();
        json.append("{\"href\":");
        JsonText.string(json, document.href());
        json.append(",\"title\":");
        JsonText.string(json, document.title());
        json.append(",\"brief\":").append(document.entry() instanceof Brief);
        json.append(",\"issue\":");
        JsonText.string(json, new IssueNames(labels).number(issue.id()));
        json.append(",\"year\":").append(issue.year());
        json.append(",\"date\":");
        JsonText.string(json, issue.date().toString());
        json.append(",\"dateText\":");
        JsonText.string(json, CnDates.format(labels, issue.date()));
        json.append(",\"departments\":[");
        List<Department> departments = document.departments();
        for (int i = 0; i < departments.size(); i++) {
            json.append(i > 0 ? "," : "");
            JsonText.string(json, departments.get(i).name());
        }
        json.append("],\"text\":");
        JsonText.string(json, document.entry().text());
        json.append('}');
    }

    private String manifest(List<SearchDocument> documents, List<Department> departments, Map<Department, List<Integer>> byDepartment,
                            List<int[]> termShards, List<int[]> charShards, String version) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"format\":").append(FORMAT).append(",\"version\":\"").append(version).append('"');
        json.append(",\"documents\":").append(documents.size()).append(",\"packSize\":").append(packSize);
        json.append(",\n\"years\":[");
        List<int[]> years = new ArrayList<>();
        for (SearchDocument document : documents) {
            int year = document.issue().year();
            if (years.isEmpty() || years.get(years.size() - 1)[0] != year) {
                years.add(new int[]{year, document.id(), document.id()});
            } else {
                years.get(years.size() - 1)[2] = document.id();
            }
        }
        years.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int i = 0; i < years.size(); i++) {
            int[] y = years.get(i);
            json.append(i > 0 ? "," : "").append('[').append(y[0]).append(',').append(y[1]).append(',').append(y[2]).append(']');
        }
        json.append("],\n\"departments\":[");
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            json.append(i > 0 ? ",\n" : "").append('[');
            JsonText.string(json, department.name());
            json.append(',');
            JsonText.string(json, department.slug());
            json.append(',').append(byDepartment.get(department).size()).append(']');
        }
        json.append("],\n\"termShards\":");
        JsonText.string(json, codePoints(termShards));
        json.append(",\n\"charShards\":");
        JsonText.string(json, codePoints(charShards));
        return json.append("}\n").toString();
    }

    private static String codePoints(List<int[]> keys) {
        StringBuilder text = new StringBuilder();
        keys.forEach(key -> java.util.Arrays.stream(key).forEach(text::appendCodePoint));
        return text.toString();
    }
}
