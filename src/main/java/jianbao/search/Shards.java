package jianbao.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts postings, arriving in key order, into shard files of about a given size, so that a query
 * fetches few small files; keeps the first key of each shard for the manifest. A shard is: its
 * entry count, then per entry the key and the postings. For characters the key is the code point
 * as a difference from the previous entry's, followed by the length of the postings. For terms it
 * is the three code points, each as a difference from the previous entry's when the ones before
 * it are the same and as it is otherwise, then which fields follow (1 the headline, 2 the rest,
 * 3 both), then per field the length of the postings and the postings; the two fields of a term
 * always share a shard.
 */
final class Shards {

    private final IndexFiles files;
    private final String folder;
    private final boolean terms;
    private final int shardBytes;
    private final List<int[]> firstKeys = new ArrayList<>();
    private final Varints shard = new Varints(1 << 16);
    private final Varints file = new Varints(1 << 16);
    private int entries;
    private int[] previous;
    private long entryTerm = -1;
    private byte[] headline;
    private byte[] rest;

    Shards(IndexFiles files, String folder, boolean terms, int shardBytes) {
        this.files = files;
        this.folder = folder;
        this.terms = terms;
        this.shardBytes = shardBytes;
    }

    /** Adds the postings of {@code key}: a {@link SearchIndexWriter#termKey} for terms, a code point for characters. */
    void add(long key, byte[] postings) {
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

    private void addEntry(int[] key, byte[] headlinePostings, byte[] postings) {
        int size = (headlinePostings == null ? 0 : headlinePostings.length) + (postings == null ? 0 : postings.length) + 16;
        if (entries > 0 && shard.size() + size > shardBytes) {
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
        for (byte[] field : new byte[][]{headlinePostings, postings}) {
            if (field != null) {
                shard.write(field.length);
                shard.write(field);
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
        files.add(folder + (firstKeys.size() - 1) + ".bin", file.toByteArray());
        shard.clear();
        entries = 0;
    }
}
