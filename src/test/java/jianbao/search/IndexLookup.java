package jianbao.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the index files as search.js does, in Java, so tests can check the format and the lookup
 * against a plain scan of the texts: the documents containing a string, and what a query fetched.
 */
public final class IndexLookup {

    private final Map<String, byte[]> files;
    final Map<String, Object> manifest;
    final List<String> fetched = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public IndexLookup(Map<String, byte[]> files) {
        this.files = files;
        this.manifest = new Yaml().load(new String(files.get("search/index.json"), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The documents whose normalised fields contain {@code text}, by the index alone. */
    public Set<Integer> containing(String text) {
        int[] cps = SearchText.normalize(text);
        if (cps.length == 1) {
            byte[] postings = entries("chars", List.of(Character.toString(cps[0])), false).get((long) cps[0]);
            return postings == null ? Set.of() : documents(postings);
        }
        List<Map<Integer, int[]>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            long key = SearchIndexWriter.key(cps[i], cps[i + 1]);
            byte[] postings = entries("bigrams", List.of(new String(cps, i, 2)), true).get(key);
            if (postings == null) {
                return Set.of();
            }
            pairs.add(positions(postings));
        }
        Set<Integer> found = new TreeSet<>();
        for (Map.Entry<Integer, int[]> first : pairs.get(0).entrySet()) {
            int id = first.getKey();
            for (int p : first.getValue()) {
                boolean all = true;
                for (int i = 1; i < pairs.size() && all; i++) {
                    int[] at = pairs.get(i).get(id);
                    all = at != null && java.util.Arrays.binarySearch(at, p + i) >= 0;
                }
                if (all) {
                    found.add(id);
                    break;
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, byte[]> entries(String kind, List<String> keys, boolean pairs) {
        List<String> firstKeys = (List<String>) manifest.get(pairs ? "bigramShards" : "charShards");
        Map<Long, byte[]> entries = new HashMap<>();
        for (String key : keys) {
            int[] k = key.codePoints().toArray();
            long wanted = pairs ? SearchIndexWriter.key(k[0], k[1]) : k[0];
            int shard = 0;
            for (int i = 0; i < firstKeys.size(); i++) {
                int[] f = firstKeys.get(i).codePoints().toArray();
                if ((pairs ? SearchIndexWriter.key(f[0], f[1]) : f[0]) <= wanted) {
                    shard = i;
                }
            }
            String path = "search/" + kind + "/" + shard + ".bin";
            fetched.add(path);
            entries.putAll(shard(files.get(path), pairs));
        }
        return entries;
    }

    /** The length of each document's normalised headline, by id. */
    List<Integer> headlines() {
        Reader reader = new Reader(files.get("search/headlines.bin"));
        List<Integer> lengths = new ArrayList<>();
        for (int i = reader.next(); i > 0; i--) {
            lengths.add(reader.next());
        }
        return lengths;
    }

    static Map<Long, byte[]> shard(byte[] bytes, boolean pairs) {
        Reader reader = new Reader(bytes);
        int count = reader.next();
        Map<Long, byte[]> entries = new LinkedHashMap<>();
        int first = 0;
        int second = 0;
        for (int i = 0; i < count; i++) {
            int delta = reader.next();
            first += delta;
            long key = first;
            if (pairs) {
                int s = reader.next();
                second = delta == 0 && i > 0 ? second + s : s;
                key = SearchIndexWriter.key(first, second);
            }
            int length = reader.next();
            entries.put(key, java.util.Arrays.copyOfRange(bytes, reader.at, reader.at + length));
            reader.at += length;
        }
        return entries;
    }

    static Map<Integer, int[]> positions(byte[] postings) {
        Reader reader = new Reader(postings);
        int count = reader.next();
        Map<Integer, int[]> byDocument = new LinkedHashMap<>();
        int id = 0;
        for (int i = 0; i < count; i++) {
            id += reader.next();
            int[] at = new int[reader.next()];
            int p = 0;
            for (int j = 0; j < at.length; j++) {
                p += reader.next();
                at[j] = p;
            }
            byDocument.put(id, at);
        }
        return byDocument;
    }

    static Set<Integer> documents(byte[] postings) {
        Reader reader = new Reader(postings);
        int count = reader.next();
        Set<Integer> ids = new TreeSet<>();
        int id = 0;
        for (int i = 0; i < count; i++) {
            id += reader.next();
            ids.add(id);
        }
        return ids;
    }

    static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[at++] & 0xFF;
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }
    }
}
