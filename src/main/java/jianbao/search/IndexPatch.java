package jianbao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import jianbao.parallel.ParallelLoop;

/**
 * Changes the shards of a written index where a few documents changed, leaving every other shard
 * file as it is, so that the result is byte for byte what {@link SearchIndexWriter#write} makes of the
 * new documents. A region of shards is read back from the published files, the changed keys'
 * postings are mended, and the entries are cut again by {@link Shards} from the start of the
 * region's first shard until a shard would end where one ended before, before a shard without
 * changes: since a cut depends only on the entries around it, every shard from there on is the same
 * as before, and is not even read.
 *
 * <p>A region starts at a shard that is cut where it was before: one whose first entry did not
 * change, or whose new first entry the unchanged shard before it still ends before (otherwise the
 * region starts a shard earlier). Most shards of an edited text only see positions move: such a
 * shard, if no cut moves, gets its file of positions spliced and keeps its file of terms
 * ({@link #movedPositions(List, long[], int, Shards, NavigableMap)}).
 */
final class IndexPatch {

    /**
     * What changes, by key: per document id, its data before and after (its positions; empty for
     * characters), null where it had or has not the key.
     */
    static final class Changes {
        private final NavigableMap<Long, TreeMap<Integer, byte[][]>> byKey = new TreeMap<>(Long::compareUnsigned);

        /** Records that document {@code id} had {@code key} with some bytes of {@code data} before the change. */
        void before(long key, int id, byte[] data, int from, int length) {
            byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(id, i -> new byte[2][])[0] =
                    Arrays.copyOfRange(data, from, from + length);
        }

        /** Records that document {@code id} has {@code key} with some bytes of {@code data} after the change. */
        void after(long key, int id, byte[] data, int from, int length) {
            byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(id, i -> new byte[2][])[1] =
                    Arrays.copyOfRange(data, from, from + length);
        }

        /** Drops what did not change: a document with the same data for a key before and after. */
        NavigableMap<Long, TreeMap<Integer, byte[][]>> differences() {
            byKey.values().forEach(documents -> documents.values().removeIf(change -> Arrays.equals(change[0], change[1])));
            byKey.values().removeIf(Map::isEmpty);
            return byKey;
        }
    }

    private final Function<String, byte[]> published;
    /**
     * The shard files of terms and characters read back, uncompressed, by path: a mended shard
     * whose file comes out the same (only positions moved) is not written again.
     */
    private final Map<String, byte[]> readBack = new ConcurrentHashMap<>();
    private final IndexFiles files;
    private final String folder;

    /**
     * @param published the bytes of a file of the index as published, by its path under the site root
     * @param files     where mended shards are written
     * @param folder    the index's folder under the site root
     */
    IndexPatch(Function<String, byte[]> published, IndexFiles files, String folder) {
        this.published = published;
        this.files = files;
        this.folder = folder;
    }

    /**
     * Mends the shards of terms or of characters that start as {@code before} says with
     * {@code changes} (keys as {@link SearchIndexWriter#termKey}s or code points); returns where the
     * shards start afterwards.
     */
    List<Shards.Start> shards(List<Shards.Start> before, boolean terms, int shardBytes,
                              NavigableMap<Long, TreeMap<Integer, byte[][]>> changes) {
        long[] starts = before.stream().map(Shards.Start::key)
                .mapToLong(key -> terms ? SearchIndexWriter.termKey(key[0], key[1], key[2], true) : key[0]).toArray();
        if (starts.length == 0) {
            throw new IllegalStateException("an index without shards is written whole");
        }
        Shards rule = new Shards((path, bytes) -> {
        }, folder, terms, shardBytes);
        TreeSet<Integer> touched = new TreeSet<>();
        changes.keySet().forEach(key -> touched.add(shardOf(starts, key)));
        // Most shards of an edited text only see positions move: their new file of positions is
        // spliced, if it leaves every cut where it was; the others are mended and cut again, in regions.
        Map<Integer, Moved> moved = new ConcurrentHashMap<>();
        if (terms) {
            ParallelLoop.forEach(List.copyOf(touched), shard -> movedPositions(before, starts, shard, rule, changes)
                    .ifPresent(positions -> moved.put(shard, positions)));
        }
        TreeSet<Integer> recut = new TreeSet<>(touched);
        recut.removeAll(moved.keySet());
        // The shards to cut again, read and mended on every core; others are read only if a region reaches into them.
        Map<Integer, Entries> mended = new ConcurrentHashMap<>();
        ParallelLoop.forEach(List.copyOf(recut), shard -> mended.put(shard, patched(before.get(shard).key(), terms, range(changes, starts, shard))));
        IntFunction<Entries> entries = shard -> mended.containsKey(shard) ? mended.get(shard)
                : patched(before.get(shard).key(), terms, range(changes, starts, shard));
        IntFunction<Shards.Start> startOf = shard -> moved.containsKey(shard) ? moved.get(shard).start() : before.get(shard);
        List<Shards.Start> result = new ArrayList<>();
        int next = 0;
        for (int shard : recut) {
            if (shard < next) {
                continue;
            }
            int start = shard;
            while (start > next && firstEntryChanges(starts[start], terms, changes)
                    && !stillCutBefore(start, firstEntry(entries.apply(start), terms), before, starts, rule, changes)) {
                start--;
            }
            IntStream.range(next, start).mapToObj(startOf).forEach(result::add);
            Shards cut = new Shards(this::write, folder, terms, shardBytes);
            int end = start;
            // Once an unchanged shard starts where it started before, it and the rest are as they were.
            do {
                feed(cut, entries.apply(end++));
            } while (end < starts.length && (recut.contains(end) || !cut.endsBefore(startOf.apply(end))));
            List<Shards.Start> written = cut.finish();
            Set<String> names = new HashSet<>();
            written.forEach(shardStart -> names.add(Shards.name(shardStart.key())));
            for (Shards.Start old : before.subList(start, end)) {
                if (!names.contains(Shards.name(old.key()))) {
                    files.forget(path(terms ? "terms/" : "chars/", old.key()));
                    files.forget(path("positions/", old.key()));
                }
            }
            result.addAll(written);
            // A shard whose positions were spliced but that a region cut again is written by the region.
            int first = start;
            int last = end;
            moved.keySet().removeIf(other -> other >= first && other < last);
            next = end;
        }
        IntStream.range(next, before.size()).mapToObj(startOf).forEach(result::add);
        moved.forEach((shard, positions) -> files.add(path("positions/", before.get(shard).key()), positions.positions()));
        return result;
    }

    /** A shard of terms whose positions moved: its new file of positions, and where it starts now. */
    private record Moved(byte[] positions, Shards.Start start) {
    }

    /**
     * Whether a shard, with {@code first} as its first entry now (null if none is left), still
     * starts where it started: the shard before it has no change and ends before that entry.
     */
    private static boolean stillCutBefore(int shard, Shards.Start first, List<Shards.Start> before, long[] starts, Shards rule,
                                          NavigableMap<Long, TreeMap<Integer, byte[][]>> changes) {
        if (first == null) {
            return false;
        }
        return shard == 0 || range(changes, starts, shard - 1).isEmpty()
                && rule.endsBefore(first.key(), first.size(), before.get(shard - 1).bytes());
    }

    /** The first entry of {@code entries} as {@link Shards} counts it (for terms, both fields of the first term), or null. */
    private static Shards.Start firstEntry(Entries entries, boolean terms) {
        if (entries.keys.isEmpty()) {
            return null;
        }
        long key = entries.keys.get(0);
        int size = 16 + entries.postings.get(0)[0].length + entries.postings.get(0)[1].length;
        if (!terms) {
            return new Shards.Start(new int[]{(int) key}, size, 0);
        }
        long term = key >>> 1;
        if (entries.keys.size() > 1 && entries.keys.get(1) >>> 1 == term) {
            size += entries.postings.get(1)[0].length + entries.postings.get(1)[1].length;
        }
        return new Shards.Start(Shards.codePoints(term), size, 0);
    }

    /**
     * The file of positions of a shard of terms whose changes only move positions, spliced: its
     * file of terms stays as it is. Empty if the shard has another change, if the next shard has
     * changes too, or if the new sizes would move a cut (one before the shard, when its first entry
     * changes, is decided with the unchanged shard before it).
     */
    private Optional<Moved> movedPositions(List<Shards.Start> before, long[] starts, int shard, Shards rule,
                                           NavigableMap<Long, TreeMap<Integer, byte[][]>> changes) {
        SortedMap<Long, TreeMap<Integer, byte[][]>> own = range(changes, starts, shard);
        boolean onlyMoved = own.values().stream().allMatch(documents -> documents.values().stream()
                .allMatch(change -> change[0] != null && change[1] != null));
        if (!onlyMoved || shard + 1 < starts.length && !range(changes, starts, shard + 1).isEmpty()) {
            return Optional.empty();
        }
        int[] firstKey = before.get(shard).key();
        byte[] terms = IndexFiles.inflate(published.apply(path("terms/", firstKey)));
        byte[] positions = IndexFiles.inflate(published.apply(path("positions/", firstKey)));
        Varints.Reader in = new Varints.Reader(terms);
        Varints.Reader at = new Varints.Reader(positions);
        Varints spliced = new Varints(positions.length + 256);
        int count = in.next();
        int base = in.position();
        int[] key = new int[3];
        int firstSize = 0;
        for (int i = 0; i < count; i++) {
            int filled = in.position() - base + spliced.size();
            Shards.readKey(in, key, i == 0);
            int fields = in.next();
            int size = 16;
            for (int field = 0; field < 2; field++) {
                if ((fields >> field & 1) == 0) {
                    continue;
                }
                int setLength = in.next();
                int setFrom = in.position();
                in.skip(setLength);
                int positionsLength = at.next();
                int positionsFrom = at.position();
                at.skip(positionsLength);
                TreeMap<Integer, byte[][]> change = own.get(SearchIndexWriter.termKey(key[0], key[1], key[2], field == 0));
                byte[] moved = change == null ? Arrays.copyOfRange(positions, positionsFrom, positionsFrom + positionsLength)
                        : movedPositions(new byte[][]{Arrays.copyOfRange(terms, setFrom, setFrom + setLength),
                        Arrays.copyOfRange(positions, positionsFrom, positionsFrom + positionsLength)}, change);
                spliced.write(moved.length);
                spliced.write(moved);
                size += setLength + moved.length;
            }
            if (i == 0) {
                firstSize = size;
                if (firstEntryChanges(starts[shard], true, changes)
                        && !stillCutBefore(shard, new Shards.Start(firstKey, size, 0), before, starts, rule, changes)) {
                    return Optional.empty();
                }
            } else if (rule.endsBefore(key, size, filled)) {
                // Within the shard no cut may appear: the shard before a cut ends where it ended.
                return Optional.empty();
            }
        }
        int filled = terms.length - base + spliced.size();
        if (shard + 1 < starts.length && !rule.endsBefore(before.get(shard + 1).key(), before.get(shard + 1).size(), filled)) {
            return Optional.empty();
        }
        return Optional.of(new Moved(spliced.toByteArray(), new Shards.Start(firstKey, firstSize, filled)));
    }

    private void write(String path, byte[] bytes) {
        if (!Arrays.equals(readBack.remove(path), bytes)) {
            files.add(path, bytes);
        }
    }

    /** The shard that holds {@code key}: the last whose first key is not above it, or the first. */
    private static int shardOf(long[] starts, long key) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (Long.compareUnsigned(starts[mid], key) <= 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Whether the first entry of a shard (for terms, either field of its first term) changes. */
    private static boolean firstEntryChanges(long start, boolean terms, NavigableMap<Long, ?> changes) {
        return changes.containsKey(start) || terms && changes.containsKey(start | 1);
    }

    /** The changes to keys the shard numbered {@code shard} holds. */
    private static SortedMap<Long, TreeMap<Integer, byte[][]>> range(NavigableMap<Long, TreeMap<Integer, byte[][]>> changes,
                                                                     long[] starts, int shard) {
        if (shard + 1 < starts.length) {
            return shard == 0 ? changes.headMap(starts[1], false) : changes.subMap(starts[shard], true, starts[shard + 1], false);
        }
        return shard == 0 ? changes : changes.tailMap(starts[shard], true);
    }

    private String path(String kind, int[] firstKey) {
        return folder + kind + Shards.name(firstKey) + ".bin";
    }

    /** The entries of a shard, in key order: for terms, one per field ({@link SearchIndexWriter#termKey}). */
    private record Entries(List<Long> keys, List<byte[][]> postings) {
    }

    /** The entries of a published shard with the changes to its keys applied. */
    private Entries patched(int[] firstKey, boolean terms, SortedMap<Long, TreeMap<Integer, byte[][]>> changes) {
        Entries read = read(firstKey, terms);
        if (changes.isEmpty()) {
            return read;
        }
        Entries patched = new Entries(new ArrayList<>(), new ArrayList<>());
        Comparator<Long> order = Long::compareUnsigned;
        var pending = changes.entrySet().iterator();
        Map.Entry<Long, TreeMap<Integer, byte[][]>> change = pending.hasNext() ? pending.next() : null;
        for (int i = 0; i <= read.keys.size(); i++) {
            Long key = i < read.keys.size() ? read.keys.get(i) : null;
            while (change != null && (key == null || order.compare(change.getKey(), key) < 0)) {
                add(patched, change.getKey(), mend(null, change.getValue(), terms));
                change = pending.hasNext() ? pending.next() : null;
            }
            if (key == null) {
                break;
            }
            if (change != null && change.getKey().equals(key)) {
                add(patched, key, mend(read.postings.get(i), change.getValue(), terms));
                change = pending.hasNext() ? pending.next() : null;
            } else {
                add(patched, key, read.postings.get(i));
            }
        }
        return patched;
    }

    private static void add(Entries entries, long key, byte[][] postings) {
        if (postings != null) {
            entries.keys.add(key);
            entries.postings.add(postings);
        }
    }

    private static void feed(Shards cut, Entries entries) {
        for (int i = 0; i < entries.keys.size(); i++) {
            cut.add(entries.keys.get(i), entries.postings.get(i));
        }
    }

    /**
     * The postings of a key with {@code changes} applied: documents leave or take their new data, in
     * id order; null when no document is left. {@code postings} is null for a key new to the index.
     */
    private static byte[][] mend(byte[][] postings, TreeMap<Integer, byte[][]> changes, boolean positional) {
        if (postings != null && positional && changes.values().stream().allMatch(change -> change[0] != null && change[1] != null)) {
            // The same documents, only their positions moved (text added before them): the set stays as it is.
            return new byte[][]{postings[0], movedPositions(postings, changes)};
        }
        int[] ids = postings == null ? new int[0] : DocumentSets.read(new Varints.Reader(postings[0]), postings[0]);
        Varints.Reader positions = positional && postings != null ? new Varints.Reader(postings[1]) : null;
        int[] merged = new int[ids.length + changes.size()];
        int count = 0;
        Varints mergedPositions = new Varints(positional && postings != null ? postings[1].length + 64 : 16);
        int i = 0;
        for (Map.Entry<Integer, byte[][]> change : changes.entrySet()) {
            int id = change.getKey();
            for (; i < ids.length && ids[i] < id; i++) {
                merged[count++] = ids[i];
                copy(positions, postings, mergedPositions);
            }
            if (i < ids.length && ids[i] == id) {
                skip(positions);
                i++;
            }
            byte[] after = change.getValue()[1];
            if (after != null) {
                merged[count++] = id;
                mergedPositions.write(after);
            }
        }
        for (; i < ids.length; i++) {
            merged[count++] = ids[i];
            copy(positions, postings, mergedPositions);
        }
        if (count == 0) {
            return null;
        }
        Varints set = new Varints(count + 16);
        DocumentSets.write(set, merged, count);
        return new byte[][]{set.toByteArray(), positional ? mergedPositions.toByteArray() : new byte[0]};
    }

    /** The positions of {@code postings} with those of the documents in {@code changes}, all of which it has, replaced. */
    private static byte[] movedPositions(byte[][] postings, TreeMap<Integer, byte[][]> changes) {
        Varints.Reader positions = new Varints.Reader(postings[1]);
        Varints moved = new Varints(postings[1].length + 64);
        int copied = 0;
        int document = 0;
        for (Map.Entry<Integer, byte[][]> change : changes.entrySet()) {
            // The positions of the documents before this one are skipped, not the whole set read.
            for (int rank = DocumentSets.rank(postings[0], change.getKey()); document < rank; document++) {
                DocumentTerms.skipPositions(positions);
            }
            moved.write(postings[1], copied, positions.position() - copied);
            DocumentTerms.skipPositions(positions);
            document++;
            copied = positions.position();
            moved.write(change.getValue()[1]);
        }
        moved.write(postings[1], copied, postings[1].length - copied);
        return moved.toByteArray();
    }

    private static void skip(Varints.Reader positions) {
        if (positions != null) {
            DocumentTerms.skipPositions(positions);
        }
    }

    private static void copy(Varints.Reader positions, byte[][] postings, Varints out) {
        if (positions != null) {
            int start = positions.position();
            DocumentTerms.skipPositions(positions);
            out.write(postings[1], start, positions.position() - start);
        }
    }

    /**
     * The entries of a published shard in order: for terms, the key of each field
     * ({@link SearchIndexWriter#termKey}) with its document set and positions; for characters, the
     * code point with its document set.
     */
    private Entries read(int[] firstKey, boolean terms) {
        List<Long> keys = new ArrayList<>();
        List<byte[][]> postings = new ArrayList<>();
        String path = path(terms ? "terms/" : "chars/", firstKey);
        byte[] shard = IndexFiles.inflate(published.apply(path));
        readBack.put(path, shard);
        Varints.Reader in = new Varints.Reader(shard);
        byte[] positionBytes = terms ? IndexFiles.inflate(published.apply(path("positions/", firstKey))) : null;
        Varints.Reader at = terms ? new Varints.Reader(positionBytes) : null;
        int count = in.next();
        int[] key = new int[terms ? 3 : 1];
        for (int i = 0; i < count; i++) {
            Shards.readKey(in, key, i == 0);
            int fields = terms ? in.next() : 2;
            for (int field = 0; field < 2; field++) {
                if ((fields >> field & 1) == 0) {
                    continue;
                }
                int length = in.next();
                byte[] set = Arrays.copyOfRange(shard, in.position(), in.position() + length);
                in.skip(length);
                byte[] positions = new byte[0];
                if (terms) {
                    int positionsLength = at.next();
                    positions = Arrays.copyOfRange(positionBytes, at.position(), at.position() + positionsLength);
                    at.skip(positionsLength);
                }
                keys.add(terms ? SearchIndexWriter.termKey(key[0], key[1], key[2], field == 0) : key[0]);
                postings.add(new byte[][]{set, positions});
            }
        }
        return new Entries(keys, postings);
    }
}
