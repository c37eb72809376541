package jianbao.search;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.output.JsonText;
import jianbao.output.SiteFiles;
import jianbao.parallel.ParallelLoop;
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
 * <li>{@code terms/NAME.bin}: every three adjacent characters (trigram) of the normalised text, and
 *     the last two of each field followed by the end mark 0, with the documents where it occurs,
 *     the headline apart from the rest of the document (body and departments); the keys are
 *     sorted and cut into shards of about 8, 16 or 24 KB, growing with the archive, each named by
 *     its first key (see {@link Shards});</li>
 * <li>{@code positions/NAME.bin}: the positions of the terms of {@code terms/NAME.bin}, in the same
 *     order, counting from the start of the headline or of the rest: fetched only for terms of four
 *     characters or more;</li>
 * <li>{@code chars/NAME.bin}: for single-character queries, the documents containing each character,
 *     in shards four times as large;</li>
 * <li>{@code departments/N.bin}: the documents of the N-th department of the manifest, for the filter;</li>
 * <li>{@code docs/N.bin}: what a result shows (link, headline, issue, date, departments, text) for
 *     the documents N × packSize up to the next pack, as a JSON array in UTF-16LE, fetched only for
 *     the results on screen.</li>
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
 * of the Java installation, so the same installation always gives the same bytes). Serve keeps the
 * {@link SearchIndex} written and, after a change of a few documents, mends only the shards their
 * keys fall in ({@link #update}, {@link IndexPatch}).
 *
 * <p>Sizes on the archive bench/ generates: 100,000 articles (184.2 MB of Markdown) give an index of
 * 161.9 MB in 17,089 files (one JSON file per document and positional bigrams took 440.4 MB in
 * 118,218); 20,000 give 32.8 MB in 7,083 files; 5,000 give 8.4 MB in 2,291 files.
 */
public final class SearchIndexWriter {

    /** Bump when search.js must change to read the files. */
    public static final int FORMAT = 4;
    /** The manifest, the file search.js reads first. */
    public static final String MANIFEST = SiteUrls.search() + "index.json";
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
    /**
     * How many changed documents {@link #update} mends the index for, at least; on a large archive,
     * up to a hundredth of the documents. Beyond, writing the index whole costs less.
     */
    static final int PATCH_DOCUMENTS = 200;

    private final int shardBytes;
    private final int packSize;
    private final long spillBytes;

    /** Shards of {@link #MIN_SHARD_BYTES} to {@link #MAX_SHARD_BYTES}, growing with the archive. */
    public SearchIndexWriter() {
        this(0, DEFAULT_PACK_SIZE, DEFAULT_SPILL_BYTES);
    }

    /**
     * @param shardBytes the size shards are cut to, on average, or 0 for one that grows with the archive
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
        return documents(site, urls, List.of());
    }

    /** The documents of the index, taking from {@code before} those of the same entry and issue at the same place. */
    private static List<SearchDocument> documents(Site site, SiteUrls urls, List<SearchDocument> before) {
        List<SearchDocument> documents = new ArrayList<>();
        List<Issue> issues = site.issues();
        for (int i = issues.size() - 1; i >= 0; i--) {
            Issue issue = issues.get(i);
            List<Entry> entries = new ArrayList<>(issue.articles());
            entries.addAll(issue.briefs());
            for (Entry entry : entries) {
                int id = documents.size();
                SearchDocument same = id < before.size() ? before.get(id) : null;
                documents.add(same != null && same.entry() == entry && same.issue() == issue ? same
                        : new SearchDocument(id, entry, issue, urls.href(SiteUrls.entry(entry)), entry.title()));
            }
        }
        return documents;
    }

    /** Every file of the index by its path under the site root, in path order. */
    public SortedMap<String, byte[]> files(Site site, SiteUrls urls, Labels labels) {
        SortedMap<String, byte[]> files = java.util.Collections.synchronizedSortedMap(new TreeMap<>());
        write(site, urls, labels, collector(files));
        return new TreeMap<>(files);
    }

    /** A place to write files that keeps them in {@code files}. */
    private static SiteFiles collector(Map<String, byte[]> files) {
        return new SiteFiles() {
            @Override
            public void write(String relativePath, byte[] bytes) {
                files.put(relativePath, bytes);
            }

            @Override
            public void copy(java.nio.file.Path source, String relativePath) {
                throw new UnsupportedOperationException(relativePath);
            }
        };
    }

    /** Writes every file of the index to {@code out}, each as soon as it is made; returns what was written. */
    public SearchIndex write(Site site, SiteUrls urls, Labels labels, SiteFiles out) {
        List<SearchDocument> documents = documents(site, urls);
        int bytes = shardBytes(documents.size());
        IndexFiles files = new IndexFiles(out);
        for (int pack = 0; pack * packSize < documents.size(); pack++) {
            writePack(documents, pack, labels, files);
        }
        List<Shards.Start> termShards;
        List<Shards.Start> charShards;
        try (PostingsRuns terms = new PostingsRuns(spillBytes); PostingsRuns chars = new PostingsRuns(spillBytes / 4)) {
            for (int from = 0; from < documents.size(); from += BATCH) {
                List<DocumentTerms> batch = analyse(documents.subList(from, Math.min(documents.size(), from + BATCH)));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).addTo(from + i, terms.table()::add, chars.table()::add);
                }
            }
            termShards = shards(terms, true, files, bytes);
            charShards = shards(chars, false, files, bytes);
        }
        return finish(site, documents, bytes, termShards, charShards, files);
    }

    /**
     * Writes the index of {@code site} to {@code out}, where {@code previous} was written before:
     * if few documents changed, only the document packs, shards and department files they touch and
     * the manifest, reading the shards to mend from {@code published} (a file's bytes by its path
     * under the site root); otherwise every file, as {@link #write} does. Either way the index is the
     * same as {@link #write} makes; files of {@code previous} not in the result are no longer part of it.
     */
    public SearchIndex update(SearchIndex previous, Site site, SiteUrls urls, Labels labels, Function<String, byte[]> published,
                              SiteFiles out) {
        List<SearchDocument> documents = documents(site, urls, previous.documents());
        int bytes = shardBytes(documents.size());
        List<Integer> changed = changed(previous.documents(), documents);
        if (previous.shardBytes() != bytes || previous.packSize() != packSize || previous.termShards().isEmpty()
                || previous.charShards().isEmpty() || changed.size() > Math.max(PATCH_DOCUMENTS, documents.size() / 100)) {
            return write(site, urls, labels, out);
        }
        // Mended files are held until the whole patch is made: one that cannot be made writes nothing.
        Map<String, byte[]> patched = new ConcurrentHashMap<>();
        IndexFiles files = new IndexFiles(collector(patched), previous.checksums());
        SearchIndex index;
        try {
            index = patch(previous, site, documents, changed, labels, published, files, bytes);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            // A shard to mend is missing or damaged in the published folder: the whole index is written again.
            return write(site, urls, labels, out);
        }
        patched.forEach(out::write);
        return index;
    }

    private List<Shards.Start> shards(PostingsRuns runs, boolean terms, IndexFiles files, int bytes) {
        Shards shards = new Shards(files::add, SiteUrls.search(), terms, bytes);
        runs.merge((key, chunks) -> shards.add(key, DocumentSets.postings(chunks, terms)));
        return shards.finish();
    }

    /**
     * The size shards are cut to: {@link #MIN_SHARD_BYTES} for a small archive, growing in two
     * steps to {@link #MAX_SHARD_BYTES}, so that a few more documents seldom change it (which
     * writes every shard again).
     */
    private int shardBytes(int documents) {
        if (shardBytes > 0) {
            return shardBytes;
        }
        return documents < 1 << 15 ? MIN_SHARD_BYTES : documents < 3 << 15 ? (MIN_SHARD_BYTES + MAX_SHARD_BYTES) / 2 : MAX_SHARD_BYTES;
    }

    private static List<DocumentTerms> analyse(List<SearchDocument> documents) {
        return ParallelLoop.map(documents, d -> DocumentTerms.of(SearchText.fields(d.fields())));
    }

    /**
     * The ids of the documents that differ between two lists: another document at the same place
     * (one of another entry or issue: an issue parsed again gives new objects), or a place only one
     * list has.
     */
    private static List<Integer> changed(List<SearchDocument> before, List<SearchDocument> after) {
        List<Integer> changed = new ArrayList<>();
        for (int id = 0; id < Math.max(before.size(), after.size()); id++) {
            if (id >= before.size() || id >= after.size() || before.get(id) != after.get(id)) {
                changed.add(id);
            }
        }
        return changed;
    }

    private SearchIndex patch(SearchIndex previous, Site site, List<SearchDocument> documents, List<Integer> changed, Labels labels,
                              Function<String, byte[]> published, IndexFiles files, int bytes) {
        List<SearchDocument> before = previous.documents();
        Set<Integer> packs = new TreeSet<>();
        changed.forEach(id -> packs.add(id / packSize));
        for (int pack : packs) {
            if (pack * packSize < documents.size()) {
                writePack(documents, pack, labels, files);
            } else {
                files.forget(packPath(pack));
            }
        }
        IndexPatch.Changes terms = new IndexPatch.Changes();
        IndexPatch.Changes chars = new IndexPatch.Changes();
        List<SearchDocument> old = changed.stream().filter(id -> id < before.size()).map(before::get).toList();
        List<SearchDocument> updated = changed.stream().filter(id -> id < documents.size()).map(documents::get).toList();
        List<DocumentTerms> oldTerms = analyse(old);
        List<DocumentTerms> newTerms = analyse(updated);
        for (int i = 0; i < old.size(); i++) {
            oldTerms.get(i).addTo(old.get(i).id(), terms::before, chars::before);
        }
        for (int i = 0; i < updated.size(); i++) {
            newTerms.get(i).addTo(updated.get(i).id(), terms::after, chars::after);
        }
        IndexPatch patch = new IndexPatch(published, files, SiteUrls.search());
        List<Shards.Start> termShards = patch.shards(previous.termShards(), true, bytes, terms.differences());
        List<Shards.Start> charShards = patch.shards(previous.charShards(), false, bytes, chars.differences());
        previous.checksums().keySet().stream().filter(path -> path.startsWith(SiteUrls.search() + "departments/")).forEach(files::forget);
        return finish(site, documents, bytes, termShards, charShards, files);
    }

    private String packPath(int pack) {
        return SiteUrls.search() + "docs/" + pack + ".bin";
    }

    /** Writes {@code docs/N.bin}: what results show of the documents of pack N. */
    private void writePack(List<SearchDocument> documents, int pack, Labels labels, IndexFiles files) {
        List<SearchDocument> packed = documents.subList(pack * packSize, Math.min(documents.size(), (pack + 1) * packSize));
        StringBuilder json = new StringBuilder("[");
        for (SearchDocument document : packed) {
            documentJson(json.length() > 1 ? json.append(",\n") : json, document, labels);
        }
        files.addText(packPath(pack), json.append("]\n").toString());
    }

    /** Writes the departments' document sets and the manifest, last, with the version of every file written. */
    private SearchIndex finish(Site site, List<SearchDocument> documents, int bytes, List<Shards.Start> termShards, List<Shards.Start> charShards,
                               IndexFiles files) {
        String root = SiteUrls.search();
        List<Department> departments = new ArrayList<>(site.departments());
        Map<Department, Integer> numbers = new HashMap<>();
        departments.forEach(d -> numbers.put(d, numbers.size()));
        // Entries mostly share their departments' objects: looked up by identity first, the records are seldom hashed.
        Map<Department, Integer> seen = new IdentityHashMap<>();
        List<int[]> ids = new ArrayList<>();
        int[] counts = new int[0];
        for (SearchDocument document : documents) {
            for (Department department : document.departments()) {
                int number = seen.computeIfAbsent(department, d -> numbers.computeIfAbsent(d, x -> {
                    departments.add(x);
                    return numbers.size();
                }));
                while (ids.size() <= number) {
                    ids.add(new int[16]);
                }
                if (counts.length < ids.size()) {
                    counts = Arrays.copyOf(counts, ids.size());
                }
                if (counts[number] == ids.get(number).length) {
                    ids.set(number, Arrays.copyOf(ids.get(number), counts[number] * 2));
                }
                ids.get(number)[counts[number]++] = document.id();
            }
        }
        Map<Department, Integer> byDepartment = new LinkedHashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            int count = i < ids.size() ? counts[i] : 0;
            byDepartment.put(departments.get(i), count);
            Varints set = new Varints(count + 16);
            DocumentSets.write(set, i < ids.size() ? ids.get(i) : new int[0], count);
            files.add(root + "departments/" + i + ".bin", set.toByteArray());
        }
        files.addPlain(MANIFEST, manifest(documents, departments, byDepartment, termShards, charShards, files.version()));
        return new SearchIndex(documents, bytes, packSize, termShards, charShards, files.checksums());
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

    private String manifest(List<SearchDocument> documents, List<Department> departments, Map<Department, Integer> byDepartment,
                            List<Shards.Start> termShards, List<Shards.Start> charShards, String version) {
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
            json.append(',').append(byDepartment.get(department)).append(']');
        }
        json.append("],\n\"termShards\":");
        JsonText.string(json, codePoints(termShards));
        json.append(",\n\"charShards\":");
        JsonText.string(json, codePoints(charShards));
        return json.append("}\n").toString();
    }

    private static String codePoints(List<Shards.Start> starts) {
        StringBuilder text = new StringBuilder();
        starts.forEach(start -> Arrays.stream(start.key()).forEach(text::appendCodePoint));
        return text.toString();
    }
}
