package jianbao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Cuts postings, arriving in key order, into shard files, so that a query fetches few small files;
 * keeps the first key of each shard for the manifest. A shard ({@code chars/NAME.bin} or
 * {@code terms/NAME.bin}, NAME being its first key, {@link #name}) is: its entry count, then per entry
 * the key and the documents. For characters the key is the code point as a difference from the
 * previous entry's, followed by the length of the document set and the set. For terms it is the
 * three code points, each as a difference from the previous entry's when the ones before it are the
 * same and as it is otherwise, then which fields follow (1 the headline, 2 the rest, 3 both), then per
 * field the length of the document set and the set; the two fields of a term always share a shard.
 * For terms, {@code positions/NAME.bin} holds per entry and field of {@code terms/NAME.bin}, in the
 * same order, the length of the positions and the positions.
 *
 * <p>Where a shard ends depends on the entries around the cut, not on everything before it, so that
 * a change to a few keys changes a few shards and not every shard after them (serve patches the
 * index, {@link IndexPatch}): past three quarters of the target size a shard ends before an entry
 * whose key's hash falls under a threshold that grows with the entry's size (on average a quarter of
 * the target further on), and it always ends before an entry that would take it past twice the
 * target. Shards are named by their first key, so one shard more or less renames no other.
 */
final class Shards {

    private final BiConsumer<String, byte[]> out;
    private final String folder;
    private final boolean terms;
    private final int minBytes;
    private final int maxBytes;
    /** The bytes after which, on average, a shard past {@link #minBytes} ends. */
    private final int meanTail;
    private final List<Start> starts = new ArrayList<>();
    private final Varints shard;
    private final Varints positions;
    private final Varints file;
    private int entries;
    private int[] previous;
    private long entryTerm = -1;
    private byte[][] headline;
    private byte[][] rest;

    /**
     * @param out        where each shard's files go, by path, uncompressed ({@link IndexFiles#add})
     * @param termBytes  the size shards of terms are cut to; shards of characters, which a query of
     *                   one character alone fetches, are cut to four times as much
     */
    Shards(BiConsumer<String, byte[]> out, String folder, boolean terms, int termBytes) {
        this.out = out;
        this.folder = folder;
        this.terms = terms;
        int shardBytes = terms ? termBytes : 4 * termBytes;
        // Buffers of about a shard, growing for a larger one: serve mends hundreds of regions of shards.
        this.shard = new Varints(shardBytes);
        this.positions = new Varints(terms ? shardBytes : 0);
        this.file = new Varints(shardBytes);
        this.minBytes = shardBytes * 3 / 4;
        this.maxBytes = shardBytes * 2;
        this.meanTail = Math.max(1, shardBytes / 4);
    }

    /** The three code points of a term: a {@link SearchIndexWriter#termKey} without its field bit. */
    static int[] codePoints(long term) {
        return new int[]{(int) (term >>> 42), (int) (term >>> 21 & 0x1FFFFF), (int) (term & 0x1FFFFF)};
    }

    /**
     * Reads the next entry's key of a shard into {@code key} (three code points for terms, one for
     * characters), as {@link #addEntry} writes it: as differences from the previous key's while the
     * code points before are the same; {@code first} for a shard's first entry.
     */
    static void readKey(Varints.Reader in, int[] key, boolean first) {
        boolean same = !first;
        for (int k = 0; k < key.length; k++) {
            int value = in.next();
            key[k] = same ? key[k] + value : value;
            same = same && value == 0;
        }
    }

    /** The file name of the shard whose first key is {@code key} (code points), without the extension. */
    static String name(int[] key) {
        StringBuilder name = new StringBuilder();
        for (int codePoint : key) {
            name.append(name.length() > 0 ? "-" : "").append(Integer.toString(codePoint, 36));
        }
        return name.toString();
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

    /**
     * Where a shard starts: its first key (code points) and the size its first entry counts for,
     * which decide whether the shard before ends there, and the bytes the shard counts for in all,
     * which decide whether it ends before the next.
     */
    record Start(int[] key, int size, int bytes) {
    }

    /** Writes the last shard; returns where each shard starts, in order. */
    List<Start> finish() {
        finishTerm();
        writeShard();
        return starts;
    }

    /**
     * Whether the shard being filled, with every entry added so far, ends before an entry that
     * starts a shard as {@code next} does; if so, the shards from there on are cut as before.
     */
    boolean endsBefore(Start next) {
        finishTerm();
        return entries == 0 || endsBefore(next.key(), next.size(), shard.size() + positions.size());
    }

    private void finishTerm() {
        if (entryTerm != -1) {
            addEntry(codePoints(entryTerm), headline, rest);
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
        if (entries > 0 && endsBefore(key, size, shard.size() + positions.size())) {
            writeShard();
        }
        if (entries == 0) {
            starts.add(new Start(key, size, 0));
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

    /**
     * Whether a shard of {@code filled} bytes ends before an entry of {@code size} bytes with
     * {@code key}: always if the entry would take it past {@link #maxBytes}; past {@link #minBytes},
     * with the probability {@code size / meanTail}, decided by the key's hash, so the same entry
     * always decides the same way.
     */
    boolean endsBefore(int[] key, int size, int filled) {
        if (filled + size > maxBytes) {
            return true;
        }
        if (filled < minBytes) {
            return false;
        }
        long hash = 0;
        for (int codePoint : key) {
            hash = (hash + codePoint) * 0x9E3779B97F4A7C15L;
        }
        return (hash >>> 40) * meanTail < (long) size << 24;
    }

    private void writeShard() {
        if (entries == 0) {
            return;
        }
        Start start = starts.get(starts.size() - 1);
        starts.set(starts.size() - 1, new Start(start.key(), start.size(), shard.size() + positions.size()));
        file.clear();
        file.write(entries);
        file.write(shard.toByteArray());
        String name = name(starts.get(starts.size() - 1).key()) + ".bin";
        out.accept(folder + (terms ? "terms/" : "chars/") + name, file.toByteArray());
        if (terms) {
            out.accept(folder + "positions/" + name, positions.toByteArray());
        }
        shard.clear();
        positions.clear();
        entries = 0;
    }
}
