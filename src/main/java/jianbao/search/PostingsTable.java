package jianbao.search;

import java.util.Arrays;

/** Postings by key in an open-addressing table of primitive keys: building the index looks keys up millions of times. */
final class PostingsTable {
    private long[] keys = new long[1 << 12];
    private Postings[] values = new Postings[1 << 12];
    private int size;

    /** Where {@code key} is first looked for in an open-addressing table of {@code mask} + 1 slots. */
    static int slot(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    /** The postings of {@code key}, created empty if new. */
    Postings get(long key) {
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
                int i = slot(oldKeys[j], mask);
                while (values[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** The documents of one key: their count, then per document the difference from the previous id and its data. */
    static final class Postings {
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
