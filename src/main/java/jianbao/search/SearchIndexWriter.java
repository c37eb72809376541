package jianbao.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import jianbao.model.Article;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Issue;
import jianbao.model.Site;
import jianbao.output.JsonText;
import jianbao.render.CnDates;
import jianbao.render.SiteUrls;

/**
 * Writes the files the search page reads, all under {@link SiteUrls#search()}, split so that a
 * query downloads only what it needs:
 * <ul>
 * <li>{@code index.json}: the manifest: a version, the number of documents, the first key of each
 *     shard, the documents of each year and the departments;</li>
 * <li>{@code bigrams/N.bin}: every pair of adjacent characters (bigram) of the normalised text, with
 *     the documents and positions where it occurs; the keys are sorted and cut into shards of about
 *     {@link #DEFAULT_SHARD_BYTES}, so a query fetches one small shard per bigram, and the positions
 *     prove that the whole query string occurs, so results have no false positives;</li>
 * <li>{@code chars/N.bin}: for single-character queries, the documents containing each character;</li>
 * <li>{@code departments/N.bin}: the documents of the N-th department of the manifest, for the filter;</li>
 * <li>{@code headlines.bin}: the number of documents, then the length of each one's normalised
 *     headline (0 for a brief), so that results with the query in their headline rank first: a
 *     headline is a document's first field, and positions below its length lie in it;</li>
 * <li>{@code docs/ID.json}: what a result shows, fetched only for the results on screen.</li>
 * </ul>
 * Binary files are sequences of unsigned LEB128 integers; search.js reads them. Keys and postings
 * are sorted and nothing depends on the clock, so the same site gives the same bytes.
 */
public final class SearchIndexWriter {

    /** Bump when search.js must change to read the files. */
    public static final int FORMAT = 1;
    public static final int DEFAULT_SHARD_BYTES = 8 * 1024;
    private static final int POSITION_BITS = 20;
    private static final int MAX_POSITIONS = 1 << POSITION_BITS;

    private final int shardBytes;

    public SearchIndexWriter() {
        this(DEFAULT_SHARD_BYTES);
    }

    /** @param shardBytes the size a shard is filled to before the next one starts */
    public SearchIndexWriter(int shardBytes) {
        this.shardBytes = shardBytes;
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
                List<String> fields = new ArrayList<>();
                // A brief's title is its own text, so only a headline is indexed as a field of its own.
                fields.add(entry instanceof Article article ? article.headline() : "");
                fields.add(entry.text());
                entry.departments().forEach(d -> fields.add(d.name()));
                documents.add(new SearchDocument(documents.size(), entry, issue, urls.href(SiteUrls.entry(entry)), entry.title(), fields));
            }
        }
        return documents;
    }

    /** Every file of the index by its path under the site root, in path order. */
    public SortedMap<String, byte[]> files(Site site, SiteUrls urls) {
        List<SearchDocument> documents = documents(site, urls);
        SortedMap<String, byte[]> files = new TreeMap<>();
        String root = SiteUrls.search();

        List<Analysed> analysed = documents.parallelStream().map(d -> Analysed.of(SearchText.fields(d.fields()))).toList();
        PostingsTable bigrams = new PostingsTable();
        PostingsTable chars = new PostingsTable();
        Varints headlines = new Varints();
        headlines.write(analysed.size());
        for (int id = 0; id < analysed.size(); id++) {
            analysed.get(id).addTo(id, bigrams, chars);
            headlines.write(analysed.get(id).headline());
        }
        files.put(root + "headlines.bin", headlines.toByteArray());
        List<String> bigramShards = writeShards(bigrams, true, root + "bigrams/", files);
        List<String> charShards = writeShards(chars, false, root + "chars/", files);

        List<Department> departments = new ArrayList<>(site.departments());
        Map<Department, Postings> byDepartment = new LinkedHashMap<>();
        departments.forEach(d -> byDepartment.put(d, new Postings()));
        for (SearchDocument document : documents) {
            for (Department department : document.departments()) {
                byDepartment.computeIfAbsent(department, d -> {
                    departments.add(d);
                    return new Postings();
                }).addDocument(document.id());
            }
        }
        for (int i = 0; i < departments.size(); i++) {
            files.put(root + "departments/" + i + ".bin", byDepartment.get(departments.get(i)).toBytes());
        }
        for (SearchDocument document : documents) {
            files.put(root + "docs/" + document.id() + ".json", documentJson(document).getBytes(StandardCharsets.UTF_8));
        }
        files.put(root + "index.json", manifest(documents, departments, byDepartment, bigramShards, charShards, version(files))
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * What one document adds to the index: the length of its headline, its distinct bigrams, each
     * with this document's part of its postings already encoded (the number of occurrences, then
     * their positions as differences from the previous), and its distinct characters. Worked out for
     * all documents in parallel, so that only {@link #addTo} is left to one thread. Grouping by
     * hashing instead of sorting keeps it fast: it runs for every document.
     */
    private record Analysed(int headline, long[] bigrams, int[] dataEnds, byte[] data, int[] chars) {

        private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

        static Analysed of(int[] text) {
            Scratch scratch = SCRATCH.get();
            int limit = Math.min(text.length, MAX_POSITIONS);
            KeyGroups groups = scratch.groups.clear(limit);
            int[] groupOf = scratch.groupOf(limit);
            for (int p = 0; p + 1 < limit; p++) {
                groupOf[p] = text[p] != SearchText.SEPARATOR && text[p + 1] != SearchText.SEPARATOR
                        ? groups.add(key(text[p], text[p + 1])) : -1;
            }
            long[] bigrams = Arrays.copyOf(groups.keys, groups.size);
            int[] ends = groups.startOffsets();
            int[] positions = scratch.positions(groups.occurrences);
            for (int p = 0; p + 1 < limit; p++) {
                if (groupOf[p] >= 0) {
                    positions[ends[groupOf[p]]++] = p;
                }
            }
            Varints data = new Varints(5 * (groups.size + groups.occurrences));
            int[] dataEnds = new int[groups.size];
            for (int g = 0, start = 0; g < groups.size; start = ends[g++]) {
                data.write(ends[g] - start);
                for (int k = start, previous = 0; k < ends[g]; previous = positions[k++]) {
                    data.write(positions[k] - previous);
                }
                dataEnds[g] = data.size();
            }

            KeyGroups distinct = scratch.groups.clear(limit);
            for (int p = 0; p < limit; p++) {
                if (text[p] != SearchText.SEPARATOR) {
                    distinct.add(text[p]);
                }
            }
            int[] chars = new int[distinct.size];
            for (int g = 0; g < distinct.size; g++) {
                chars[g] = (int) distinct.keys[g];
            }
            int headline = 0;
            while (headline < limit && text[headline] != SearchText.SEPARATOR) {
                headline++;
            }
            return new Analysed(headline, bigrams, dataEnds, data.toByteArray(), chars);
        }

        /** Adds the document, numbered {@code id}, to the postings: documents must come in id order. */
        void addTo(int id, PostingsTable bigramPostings, PostingsTable charPostings) {
            for (int g = 0, start = 0; g < bigrams.length; start = dataEnds[g++]) {
                Postings postings = bigramPostings.get(bigrams[g]);
                postings.addDocument(id);
                postings.bytes.write(data, start, dataEnds[g] - start);
            }
            for (int c : chars) {
                charPostings.get(c).addDocument(id);
            }
        }
    }

    /** Working arrays of one thread, kept from document to document. */
    private static final class Scratch {
        final KeyGroups groups = new KeyGroups();
        private int[] groupOf = new int[0];
        private int[] positions = new int[0];

        int[] groupOf(int length) {
            if (groupOf.length < length) {
                groupOf = new int[length];
            }
            return groupOf;
        }

        int[] positions(int length) {
            if (positions.length < length) {
                positions = new int[length];
            }
            return positions;
        }
    }

    /** The distinct keys of one document in order of first occurrence, with how often each occurs. */
    private static final class KeyGroups {
        long[] keys = new long[0];
        private int[] counts = new int[0];
        private int[] slots = new int[0];
        private int[] slotOf = new int[0];
        int size;
        int occurrences;

        /** Empties the groups, ready for up to {@code capacity} keys. */
        KeyGroups clear(int capacity) {
            for (int g = 0; g < size; g++) {
                slots[slotOf[g]] = -1;
                counts[g] = 0;
            }
            if (keys.length < capacity) {
                keys = new long[capacity];
                counts = new int[capacity];
                slotOf = new int[capacity];
                slots = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
                Arrays.fill(slots, -1);
            }
            size = 0;
            occurrences = 0;
            return this;
        }

        /** Counts an occurrence of {@code key} and returns its group. */
        int add(long key) {
            int mask = slots.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (slots[i] >= 0 && keys[slots[i]] != key) {
                i = i + 1 & mask;
            }
            if (slots[i] < 0) {
                slots[i] = size;
                slotOf[size] = i;
                keys[size++] = key;
            }
            counts[slots[i]]++;
            occurrences++;
            return slots[i];
        }

        /** Where each group starts in a list of all occurrences, groups one after the other. */
        int[] startOffsets() {
            int[] starts = new int[size];
            for (int g = 1; g < size; g++) {
                starts[g] = starts[g - 1] + counts[g - 1];
            }
            return starts;
        }
    }

    /** A bigram as one number that sorts like the pair of code points. */
    static long key(int first, int second) {
        return (long) first << 21 | second;
    }

    /**
     * Writes the postings in key order, cut into shards, and returns the first key of each shard.
     * A shard is: entry count, then per entry the key (first code point as a difference from the
     * previous entry's, second code point as a difference when the first is the same), the length
     * of the postings and the postings.
     */
    private List<String> writeShards(PostingsTable postings, boolean pairs, String folder, SortedMap<String, byte[]> files) {
        long[] keys = postings.sortedKeys();
        List<String> firstKeys = new ArrayList<>();
        List<byte[]> entries = new ArrayList<>();
        List<Long> entryKeys = new ArrayList<>();
        int size = 0;
        for (long key : keys) {
            byte[] bytes = postings.get(key).toBytes();
            if (!entries.isEmpty() && size + bytes.length > shardBytes) {
                files.put(folder + firstKeys.size() + ".bin", shard(entryKeys, entries, pairs));
                firstKeys.add(keyText(entryKeys.get(0), pairs));
                entries.clear();
                entryKeys.clear();
                size = 0;
            }
            entries.add(bytes);
            entryKeys.add(key);
            size += bytes.length + 6;
        }
        if (!entries.isEmpty()) {
            files.put(folder + firstKeys.size() + ".bin", shard(entryKeys, entries, pairs));
            firstKeys.add(keyText(entryKeys.get(0), pairs));
        }
        return firstKeys;
    }

    private static byte[] shard(List<Long> keys, List<byte[]> entries, boolean pairs) {
        Varints out = new Varints();
        out.write(keys.size());
        int previousFirst = 0;
        int previousSecond = 0;
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            int first = pairs ? (int) (key >>> 21) : (int) key;
            out.write(first - previousFirst);
            if (pairs) {
                int second = (int) (key & 0x1FFFFF);
                out.write(first == previousFirst ? second - previousSecond : second);
                previousSecond = second;
            }
            previousFirst = first;
            out.write(entries.get(i).length);
            out.write(entries.get(i));
        }
        return out.toByteArray();
    }

    private static String keyText(long key, boolean pairs) {
        return pairs ? new String(new int[]{(int) (key >>> 21), (int) (key & 0x1FFFFF)}, 0, 2) : Character.toString((int) key);
    }

    private static String documentJson(SearchDocument document) {
        Issue issue = document.issue();
        StringBuilder json = new StringBuilder(256 + document.entry().text().length() * 2);
        json.append("{\"href\":");
        JsonText.string(json, document.href());
        json.append(",\"title\":");
        JsonText.string(json, document.title());
        json.append(",\"brief\":").append(document.entry() instanceof Brief);
        json.append(",\"issue\":");
        JsonText.string(json, "第" + issue.number() + "期");
        json.append(",\"year\":").append(issue.year());
        json.append(",\"date\":");
        JsonText.string(json, issue.date().toString());
        json.append(",\"dateText\":");
        JsonText.string(json, CnDates.format(issue.date()));
        json.append(",\"departments\":[");
        List<Department> departments = document.departments();
        for (int i = 0; i < departments.size(); i++) {
            json.append(i > 0 ? "," : "");
            JsonText.string(json, departments.get(i).name());
        }
        json.append("],\"text\":");
        JsonText.string(json, document.entry().text());
        return json.append("}\n").toString();
    }

    private static String manifest(List<SearchDocument> documents, List<Department> departments,
                                   Map<Department, Postings> byDepartment, List<String> bigramShards,
                                   List<String> charShards, String version) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"format\":").append(FORMAT).append(",\"version\":\"").append(version).append('"');
        json.append(",\"documents\":").append(documents.size());
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
            json.append(',').append(byDepartment.get(department).documents).append(']');
        }
        json.append("],\n\"bigramShards\":");
        keys(json, bigramShards);
        json.append(",\n\"charShards\":");
        keys(json, charShards);
        return json.append("}\n").toString();
    }

    private static void keys(StringBuilder json, List<String> keys) {
        json.append('[');
        for (int i = 0; i < keys.size(); i++) {
            json.append(i > 0 ? "," : "");
            JsonText.string(json, keys.get(i));
        }
        json.append(']');
    }

    /** A short checksum of every other file, so browsers never mix shards of two builds. */
    private static String version(SortedMap<String, byte[]> files) {
        CRC32C checksum = new CRC32C();
        long length = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            checksum.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            checksum.update(file.getValue());
            length += file.getValue().length;
        }
        return String.format("%08x%04x", checksum.getValue(), length & 0xFFFF);
    }

    /** Postings by key in an open-addressing table of primitive keys: building the index looks keys up millions of times. */
    private static final class PostingsTable {
        private long[] keys = new long[1 << 12];
        private Postings[] values = new Postings[1 << 12];
        private int size;

        /** The postings of {@code key}, created empty if new. */
        Postings get(long key) {
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (values[i] != null) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = i + 1 & mask;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
                return get(key);
            }
            keys[i] = key;
            values[i] = new Postings();
            size++;
            return values[i];
        }

        long[] sortedKeys() {
            long[] sorted = new long[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != null) {
                    sorted[n++] = keys[i];
                }
            }
            Arrays.sort(sorted);
            return sorted;
        }

        private void grow() {
            long[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Postings[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != null) {
                    int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
                    while (values[i] != null) {
                        i = i + 1 & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }

    /** The documents of one key: their count, then per document the difference from the previous id and its data. */
    private static final class Postings {
        final Varints bytes = new Varints();
        int documents;
        int lastDocument;

        void addDocument(int id) {
            bytes.write(id - lastDocument);
            lastDocument = id;
            documents++;
        }

        byte[] toBytes() {
            Varints out = new Varints();
            out.write(documents);
            out.write(bytes.toByteArray());
            return out.toByteArray();
        }
    }
}
