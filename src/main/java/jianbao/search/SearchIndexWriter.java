package jianbao.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import jianbao.render.IssueNames;
import jianbao.render.Labels;
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
                if (entry instanceof Article article) {
                    // An article's subtitle and authors are found too, after its departments.
                    if (!article.subtitle().isEmpty()) {
                        fields.add(article.subtitle());
                    }
                    fields.addAll(article.authors());
                }
                documents.add(new SearchDocument(documents.size(), entry, issue, urls.href(SiteUrls.entry(entry)), entry.title(), fields));
            }
        }
        return documents;
    }

    /** Every file of the index by its path under the site root, in path order. */
    public SortedMap<String, byte[]> files(Site site, SiteUrls urls, Labels labels) {
        List<SearchDocument> documents = documents(site, urls);
        SortedMap<String, byte[]> files = new TreeMap<>();
        String root = SiteUrls.search();

        List<DocumentTerms> analysed = documents.parallelStream().map(d -> DocumentTerms.of(SearchText.fields(d.fields()))).toList();
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
        Map<Department, PostingsTable.Postings> byDepartment = new LinkedHashMap<>();
        departments.forEach(d -> byDepartment.put(d, new PostingsTable.Postings()));
        for (SearchDocument document : documents) {
            for (Department department : document.departments()) {
                byDepartment.computeIfAbsent(department, d -> {
                    departments.add(d);
                    return new PostingsTable.Postings();
                }).addDocument(document.id());
            }
        }
        for (int i = 0; i < departments.size(); i++) {
            files.put(root + "departments/" + i + ".bin", byDepartment.get(departments.get(i)).toBytes());
        }
        for (SearchDocument document : documents) {
            files.put(root + "docs/" + document.id() + ".json", documentJson(document, labels).getBytes(StandardCharsets.UTF_8));
        }
        files.put(root + "index.json", manifest(documents, departments, byDepartment, bigramShards, charShards, version(files))
                .getBytes(StandardCharsets.UTF_8));
        return files;
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

    private static String documentJson(SearchDocument document, Labels labels) {
        Issue issue = document.issue();
        StringBuilder json = new StringBuilder(256 + document.entry().text().length() * 2);
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
        return json.append("}\n").toString();
    }

    private static String manifest(List<SearchDocument> documents, List<Department> departments,
                                   Map<Department, PostingsTable.Postings> byDepartment, List<String> bigramShards,
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
}
