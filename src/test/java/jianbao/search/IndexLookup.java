package jianbao.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the index files as search.js does, in Java, so tests can check the format and the lookup
 * against a plain scan of the texts: the documents containing a string (for two characters, those
 * of every term starting with them; for three, those of its trigram; for more, proven by the
 * positions of the trigrams that cover it), those with it in their headline, and what a lookup fetched.
 */
public final class IndexLookup {

    private final Map<String, byte[]> files;
    final Map<String, Object> manifest;
    final List<String> fetched = new ArrayList<>();
    private final int[] termShards;
    private final int[] charShards;

    public IndexLookup(Map<String, byte[]> files) {
        this.files = files;
        this.manifest = new Yaml().load(new String(files.get("search/index.json"), StandardCharsets.UTF_8));
        this.termShards = ((String) manifest.get("termShards")).codePoints().toArray();
        this.charShards = ((String) manifest.get("charShards")).codePoints().toArray();
    }

    /** Where trigrams cover a string of {@code length} (3 or more) code points: every third one, and the last. */
    static int[] cover(int length) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i + 3 <= length; i += 3) {
            offsets.add(i);
        }
        if (offsets.get(offsets.size() - 1) + 3 < length) {
            offsets.add(length - 3);
        }
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The documents whose normalised fields contain {@code text}, by the index alone. */
    public Set<Integer> containing(String text) {
        int[] cps = SearchText.normalize(text);
        if (cps.length == 1) {
            byte[] postings = chars().get((long) cps[0]);
            return postings == null ? Set.of() : new TreeSet<>(ids(DocumentSets.read(new Varints.Reader(postings), postings)));
        }
        Set<Integer> found = inField(cps, true);
        found.addAll(inField(cps, false));
        return found;
    }

    /** The documents whose headline contains {@code text}, of two characters or more. */
    Set<Integer> inHeadline(String text) {
        return inField(SearchText.normalize(text), true);
    }

    private Set<Integer> inField(int[] cps, boolean headline) {
        Set<Integer> found = new TreeSet<>();
        if (cps.length <= 3) {
            long from = SearchIndexWriter.termKey(cps[0], cps[1], cps.length == 3 ? cps[2] : 0, true);
            long to = SearchIndexWriter.termKey(cps[0], cps[1], cps.length == 3 ? cps[2] : 0x1FFFFF, false);
            terms(from, to, false).forEach((key, postings) -> {
                if (Long.compareUnsigned(key, from) >= 0 && Long.compareUnsigned(key, to) <= 0 && (key & 1) == (headline ? 0 : 1)) {
                    found.addAll(ids(DocumentSets.read(new Varints.Reader(postings[0]), postings[0])));
                }
            });
            return found;
        }
        int[] offsets = cover(cps.length);
        List<Map<Integer, int[]>> lists = new ArrayList<>();
        for (int offset : offsets) {
            long key = SearchIndexWriter.termKey(cps[offset], cps[offset + 1], cps[offset + 2], headline);
            byte[][] postings = terms(key, key, true).get(key);
            if (postings == null) {
                return found;
            }
            lists.add(positions(postings[0], postings[1]));
        }
        for (Map.Entry<Integer, int[]> first : lists.get(0).entrySet()) {
            int id = first.getKey();
            for (int p : first.getValue()) {
                boolean all = true;
                for (int i = 1; i < lists.size() && all; i++) {
                    int[] at = lists.get(i).get(id);
                    all = at != null && Arrays.binarySearch(at, p + offsets[i]) >= 0;
                }
                if (all) {
                    found.add(id);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The document sets and, if asked, the positions of the term shards that may hold keys
     * {@code from} to {@code to}, fetching them.
     */
    private Map<Long, byte[][]> terms(long from, long to, boolean withPositions) {
        Map<Long, byte[][]> entries = new HashMap<>();
        for (int shard = termShard(from); shard <= termShard(to); shard++) {
            String name = termShardName(shard);
            String path = "search/terms/" + name + ".bin";
            fetched.add(path);
            Map<Long, byte[]> sets = shard(files.get(path), true);
            Varints.Reader positions = null;
            byte[] positionBytes = null;
            if (withPositions) {
                fetched.add("search/positions/" + name + ".bin");
                positionBytes = IndexFiles.inflate(files.get("search/positions/" + name + ".bin"));
                positions = new Varints.Reader(positionBytes);
            }
            for (Map.Entry<Long, byte[]> set : sets.entrySet()) {
                byte[] at = null;
                if (positions != null) {
                    int length = positions.next();
                    at = Arrays.copyOfRange(positionBytes, positions.position(), positions.position() + length);
                    positions.skip(length);
                }
                entries.put(set.getKey(), new byte[][]{set.getValue(), at});
            }
        }
        return entries;
    }

    private int termShard(long key) {
        int shard = 0;
        for (int i = 0; i < termShards.length / 3; i++) {
            long first = SearchIndexWriter.termKey(termShards[3 * i], termShards[3 * i + 1], termShards[3 * i + 2], true);
            if (Long.compareUnsigned(first, key) <= 0) {
                shard = i;
            }
        }
        return shard;
    }

    /** The file name of the term shard numbered {@code shard} in the manifest: its first key. */
    String termShardName(int shard) {
        return Shards.name(Arrays.copyOfRange(termShards, 3 * shard, 3 * shard + 3));
    }

    /** The file name of the character shard numbered {@code shard} in the manifest. */
    String charShardName(int shard) {
        return Shards.name(new int[]{charShards[shard]});
    }

    /** The entries of every character shard, fetching them. */
    private Map<Long, byte[]> chars() {
        Map<Long, byte[]> entries = new HashMap<>();
        for (int shard = 0; shard < charShards.length; shard++) {
            entries.putAll(shard(files.get("search/chars/" + charShardName(shard) + ".bin"), false));
        }
        return entries;
    }

    /** The document sets of a shard by key, in order: a term key for terms, a code point for characters. */
    static Map<Long, byte[]> shard(byte[] deflated, boolean terms) {
        byte[] bytes = IndexFiles.inflate(deflated);
        Varints.Reader reader = new Varints.Reader(bytes);
        int count = reader.next();
        Map<Long, byte[]> entries = new LinkedHashMap<>();
        int[] key = new int[terms ? 3 : 1];
        for (int i = 0; i < count; i++) {
            boolean same = i > 0;
            for (int k = 0; k < key.length; k++) {
                int value = reader.next();
                key[k] = same ? key[k] + value : value;
                same = same && value == 0;
            }
            if (!terms) {
                int length = reader.next();
                entries.put((long) key[0], Arrays.copyOfRange(bytes, reader.position(), reader.position() + length));
                reader.skip(length);
                continue;
            }
            int fields = reader.next();
            for (int field = 0; field < 2; field++) {
                if ((fields >> field & 1) != 0) {
                    int length = reader.next();
                    entries.put(SearchIndexWriter.termKey(key[0], key[1], key[2], field == 0),
                            Arrays.copyOfRange(bytes, reader.position(), reader.position() + length));
                    reader.skip(length);
                }
            }
        }
        return entries;
    }

    /** Positions by document of a term, from its document set and its positions. */
    static Map<Integer, int[]> positions(byte[] set, byte[] postings) {
        int[] ids = DocumentSets.read(new Varints.Reader(set), set);
        Varints.Reader reader = new Varints.Reader(postings);
        Map<Integer, int[]> byDocument = new LinkedHashMap<>();
        for (int id : ids) {
            int first = reader.next();
            int[] at = new int[1 + ((first & 1) != 0 ? reader.next() : 0)];
            at[0] = first >>> 1;
            for (int j = 1; j < at.length; j++) {
                at[j] = at[j - 1] + reader.next();
            }
            byDocument.put(id, at);
        }
        return byDocument;
    }

    /** The documents of a department file. */
    static Set<Integer> documents(byte[] deflated) {
        byte[] bytes = IndexFiles.inflate(deflated);
        return new TreeSet<>(ids(DocumentSets.read(new Varints.Reader(bytes), bytes)));
    }

    /** What the results of document {@code id} show, from its pack. */
    public Map<String, Object> document(int id) {
        int packSize = (Integer) manifest.get("packSize");
        String path = "search/docs/" + id / packSize + ".bin";
        fetched.add(path);
        List<Map<String, Object>> pack = new Yaml().load(new String(IndexFiles.inflate(files.get(path)), StandardCharsets.UTF_16LE));
        return pack.get(id % packSize);
    }

    private static List<Integer> ids(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
