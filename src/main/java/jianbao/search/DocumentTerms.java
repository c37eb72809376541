package jianbao.search;

import java.util.Arrays;

/**
 * What one document adds to the index: its distinct terms, each with this document's part of its
 * postings already encoded ({@link #writePositions}), and its distinct characters. A term is three
 * adjacent characters (a trigram) of one field, or the last two characters of a field followed by
 * the end mark 0, so that every pair of adjacent characters starts some term. A term of the
 * headline and one of the rest of the document are different keys ({@link SearchIndexWriter#termKey}),
 * and positions count from the start of the headline or of the rest. Worked out for a batch of
 * documents in parallel, so that only {@link #addTo} is left to one thread. Grouping by hashing
 * instead of sorting keeps it fast: it runs for every document.
 */
record DocumentTerms(long[] terms, int[] dataEnds, byte[] data, int[] chars) {

    /** Positions are counted in 20 bits: a longer text is indexed up to there. */
    private static final int MAX_POSITIONS = 1 << 20;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    static DocumentTerms of(int[] text) {
        Scratch scratch = SCRATCH.get();
        int limit = Math.min(text.length, MAX_POSITIONS);
        int headline = 0;
        while (headline < limit && text[headline] != SearchText.SEPARATOR) {
            headline++;
        }
        KeyGroups groups = scratch.groups.clear(limit);
        int[] groupOf = scratch.groupOf(limit);
        for (int p = 0; p + 1 < limit; p++) {
            if (text[p] == SearchText.SEPARATOR || text[p + 1] == SearchText.SEPARATOR) {
                groupOf[p] = -1;
                continue;
            }
            int third = p + 2 < limit && text[p + 2] != SearchText.SEPARATOR ? text[p + 2] : SearchIndexWriter.END;
            groupOf[p] = groups.add(SearchIndexWriter.termKey(text[p], text[p + 1], third, p < headline));
        }
        long[] terms = Arrays.copyOf(groups.keys, groups.size);
        int[] ends = groups.startOffsets();
        int[] positions = scratch.positions(groups.occurrences);
        for (int p = 0; p + 1 < limit; p++) {
            if (groupOf[p] >= 0) {
                positions[ends[groupOf[p]]++] = p < headline ? p : p - headline - 1;
            }
        }
        Varints data = new Varints(5 * (groups.size + groups.occurrences));
        int[] dataEnds = new int[groups.size];
        for (int g = 0, start = 0; g < groups.size; start = ends[g++]) {
            writePositions(data, positions, start, ends[g]);
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
        return new DocumentTerms(terms, dataEnds, data.toByteArray(), chars);
    }

    /**
     * The positions {@code positions[from]} to {@code positions[to - 1]}, ascending, of a term in
     * one document: the first times two, plus one if more follow; then if so, how many more, and
     * their differences from the previous. Most terms occur once in a document and take one number.
     */
    static void writePositions(Varints out, int[] positions, int from, int to) {
        out.write(positions[from] * 2 + (to - from > 1 ? 1 : 0));
        if (to - from > 1) {
            out.write(to - from - 1);
            for (int k = from + 1; k < to; k++) {
                out.write(positions[k] - positions[k - 1]);
            }
        }
    }

    /** Skips the positions {@link #writePositions} wrote. */
    static void skipPositions(Varints.Reader in) {
        if ((in.next() & 1) != 0) {
            for (int more = in.next(); more > 0; more--) {
                in.next();
            }
        }
    }

    /** Where a document's terms and characters go: each key with the document's id and its data for the key. */
    @FunctionalInterface
    interface Sink {
        void add(long key, int id, byte[] data, int from, int length);
    }

    /** Adds the document, numbered {@code id}, to postings of terms and of characters (for a {@link PostingsTable}, in id order). */
    void addTo(int id, Sink termPostings, Sink charPostings) {
        for (int g = 0, start = 0; g < terms.length; start = dataEnds[g++]) {
            termPostings.add(terms[g], id, data, start, dataEnds[g] - start);
        }
        for (int c : chars) {
            charPostings.add(c, id, data, 0, 0);
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
            int i = PostingsTable.slot(key, mask);
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
}
