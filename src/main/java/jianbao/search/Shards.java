package jianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts postings, arriving in key order, into shard files of about a given size, so that a query
 * fetches few small files; keeps the first key of each shard for the manifest. A shard
 * ({@code chars/N.bin} or {@code terms/N.bin}) is: its entry count, then per entry the key and the
 * documents. For characters the key is the code point as a difference from the previous entry's,
 * followed by the length of the document set and the set. For terms it is the three code points,
 * each as a difference from the previous entry's when the ones before it are the same and as it is
 * otherwise, then which fields follow (1 the headline, 2 the rest, 3 both), then per field the
 * length of the document set and the set; the two fields of a term always share a shard. For terms,
 * {@code positions/N.bin} holds per entry and field of {@code terms/N.bin}, in the same order, the
 * length of the positions and the positions.
 */
final class Shards {

    private final IndexFiles files;
    private final String folder;
    private final boolean terms;
    private final int shardBytes;
    private final List<int[]> firstKeys = new ArrayList<>();
    private final Varints shard = new Varints(1 << 16);
    private final Varints positions = new Varints(1 << 16);
    private final Varints file = new Varints(1 << 16);
    private int entries;
    private int[] previous;
    private long entryTerm = -1;
    private byte[][] headline;
    private byte[][] rest;

    Shards(IndexFiles files, String folder, boolean terms, int shardBytes) {
        this.files = files;
        this.folder = folder;
        this.terms = terms;
        this.shardBytes = shardBytes;
    }

    /**
     * Adds the postings of {@code key}, a {@link SearchIndexWriter#termKey} for terms, a code point
     * for characters: its document set and, for terms, its positions.
     */
    void add(long key, byte[][] postings) {
        if (!terms) {
            addEntry(new int[]{(int) key}, null, postings);
            return;
        }
        long term = key >>> 1;
        if (term != entryTerm) {
            finishTerm();
            entryTerm = term;
        }
        if ((key & 1) == 0) {
            headline = postings;
        } else {
            rest = postings;
        }
    }

    /** Writes the last shard; returns the first key of each shard as its code points, in order. */
    List<int[]> finish() {
        finishTerm();
        writeShard();
        return firstKeys;
    }

    private void finishTerm() {
        if (entryTerm != -1) {
            int[] key = {(int) (entryTerm >>> 42), (int) (entryTerm >>> 21 & 0x1FFFFF), (int) (entryTerm & 0x1FFFFF)};
            addEntry(key, headline, rest);
        }
        entryTerm = -1;
        headline = null;
        rest = null;
    }

    private void addEntry(int[] key, byte[][] headlinePostings, byte[][] postings) {
        int size = 16;
        for (byte[][] field : new byte[][][]{headlinePostings, postings}) {
            size += field == null ? 0 : field[0].length + field[1].length;
        }
        if (entries > 0 && shard.size() + positions.size() + size > shardBytes) {
            writeShard();
        }
        if (entries == 0) {
            firstKeys.add(key);
        }
        boolean same = entries > 0;
        for (int i = 0; i < key.length; i++) {
            shard.write(same ? key[i] - previous[i] : key[i]);
            same = same && key[i] == previous[i];
        }
        previous = key;
        if (terms) {
            shard.write((headlinePostings == null ? 0 : 1) | (postings == null ? 0 : 2));
        }
        for (byte[][] field : new byte[][][]{headlinePostings, postings}) {
            if (field != null) {
                shard.write(field[0].length);
                shard.write(field[0]);
                if (terms) {
                    positions.write(field[1].length);
                    positions.write(field[1]);
                }
            }
        }
        entries++;
    }

    private void writeShard() {
        if (entries == 0) {
            return;
        }
        file.clear();
        file.write(entries);
        file.write(shard.toByteArray());
        String name = (firstKeys.size() - 1) + ".bin";
        files.add(folder + (terms ? "terms/" : "chars/") + name, file.toByteArray());
        if (terms) {
            files.add(folder + "positions/" + name, positions.toByteArray());
        }
        shard.clear();
        positions.clear();
        entries = 0;
    }
}
