package jianbao.search;

import java.util.Arrays;

/**
 * Postings by key in an open-addressing table of primitive keys, as documents are added in id
 * order: building the index looks keys up millions of times. A key's postings are, per document,
 * the difference of its id from the previous document's (from 0 for the first), then that
 * document's data. The table counts the bytes it holds, so that it can be spilled to a
 * {@link PostingsRuns} before it grows too large.
 */
final class PostingsTable {
    /** What a key costs beyond its bytes: its slot, its object and its buffer's header. */
    private static final int KEY_OVERHEAD = 80;

    private long[] keys = new long[1 << 12];
    private Postings[] values = new Postings[1 << 12];
    private int size;
    private long bytes;

    /** Where {@code key} is first looked for in an open-addressing table of {@code mask} + 1 slots. */
    static int slot(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    /** Adds document {@code id}, with {@code length} bytes of its data, to the postings of {@code key}. */
    void add(long key, int id, byte[] data, int from, int length) {
        Postings postings = get(key);
        int before = postings.bytes.size();
        postings.bytes.write(id - postings.lastDocument);
        postings.bytes.write(data, from, length);
        postings.lastDocument = id;
        bytes += postings.bytes.size() - before;
    }

    /** About how much memory the table holds. */
    long bytes() {
        return bytes + (long) size * KEY_OVERHEAD + keys.length * 12L;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The keys in ascending order as unsigned numbers. */
    long[] sortedKeys() {
        long[] sorted = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                sorted[n++] = keys[i] ^ Long.MIN_VALUE;
            }
        }
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            sorted[i] ^= Long.MIN_VALUE;
        }
        return sorted;
    }

    /** The postings of {@code key}, which the table has. */
    byte[] postings(long key) {
        return get(key).bytes.toByteArray();
    }

    private Postings get(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
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

    private void grow() {
        long[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Postings[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static final class Postings {
        final Varints bytes = new Varints();
        int lastDocument;
    }
}
