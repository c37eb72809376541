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
    /**
     * What a key costs beyond its bytes and its slot: its buffer's header and the room the buffer has
     * to grow into.
     */
    private static final int KEY_OVERHEAD = 32;
    /** A slot: the key, its buffer, the bytes used in it and the key's last document. */
    private static final int SLOT_BYTES = 8 + 4 + 4 + 4;

    // A key's postings lie in arrays by slot rather than in objects of their own: adding to a key
    // reaches its bytes without going through two objects on the way, and most of the time of
    // adding goes into reaching them.
    private long[] keys = new long[1 << 12];
    private byte[][] postings = new byte[1 << 12][];
    private int[] lengths = new int[1 << 12];
    private int[] lastDocuments = new int[1 << 12];
    private int size;
    private long bytes;

    /** Where {@code key} is first looked for in an open-addressing table of {@code mask} + 1 slots. */
    static int slot(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    /** Adds document {@code id}, with {@code length} bytes of its data, to the postings of {@code key}. */
    void add(long key, int id, byte[] data, int from, int length) {
        int slot = slotOf(key);
        byte[] buffer = postings[slot];
        int used = lengths[slot];
        if (used + Varints.MAX_BYTES + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(used + Varints.MAX_BYTES + length, buffer.length * 2));
            postings[slot] = buffer;
        }
        int end = Varints.writeAt(buffer, used, id - lastDocuments[slot]);
        System.arraycopy(data, from, buffer, end, length);
        end += length;
        bytes += end - used;
        lengths[slot] = end;
        lastDocuments[slot] = id;
    }

    /** About how much memory the table holds. */
    long bytes() {
        return bytes + (long) size * KEY_OVERHEAD + (long) keys.length * SLOT_BYTES;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The keys in ascending order as unsigned numbers. */
    long[] sortedKeys() {
        long[] sorted = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (postings[i] != null) {
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
        int slot = slotOf(key);
        return Arrays.copyOf(postings[slot], lengths[slot]);
    }

    /** The slot of {@code key}, given one if the table does not have it yet. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (postings[i] != null) {
            if (keys[i] == key) {
                return i;
            }
            i = i + 1 & mask;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            return slotOf(key);
        }
        keys[i] = key;
        postings[i] = new byte[16];
        size++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[][] oldPostings = postings;
        int[] oldLengths = lengths;
        int[] oldLastDocuments = lastDocuments;
        keys = new long[oldKeys.length * 2];
        postings = new byte[oldKeys.length * 2][];
        lengths = new int[oldKeys.length * 2];
        lastDocuments = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldPostings[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (postings[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                postings[i] = oldPostings[j];
                lengths[i] = oldLengths[j];
                lastDocuments[i] = oldLastDocuments[j];
            }
        }
    }
}
