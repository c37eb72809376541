package jianbao.search;

/**
 * A sorted set of document ids as the index files store it, in whichever of two forms is smaller:
 * first {@code count * 2 + form}; for form 0 the ids follow as differences from the previous (the
 * first from 0); for form 1 the first id follows, then the length in bytes of a bitmap from it,
 * then the bitmap, bit {@code i % 8} of byte {@code i / 8} standing for id {@code first + i}. A
 * word in a fifth of all documents costs a bit per document instead of a byte per document.
 */
final class DocumentSets {

    private DocumentSets() {
    }

    static void write(Varints out, int[] ids, int count) {
        int listBytes = 0;
        for (int i = 0, previous = 0; i < count; previous = ids[i++]) {
            listBytes += Varints.length(ids[i] - previous);
        }
        int bitmapBytes = count == 0 ? 0 : (ids[count - 1] - ids[0]) / 8 + 1;
        if (count == 0 || listBytes <= bitmapBytes + Varints.length(ids[0]) + Varints.length(bitmapBytes)) {
            out.write(count * 2);
            for (int i = 0, previous = 0; i < count; previous = ids[i++]) {
                out.write(ids[i] - previous);
            }
            return;
        }
        out.write(count * 2 + 1);
        out.write(ids[0]);
        out.write(bitmapBytes);
        byte[] bitmap = new byte[bitmapBytes];
        for (int i = 0; i < count; i++) {
            int bit = ids[i] - ids[0];
            bitmap[bit >>> 3] |= (byte) (1 << (bit & 7));
        }
        out.write(bitmap);
    }

    static int[] read(Varints.Reader in, byte[] bytes) {
        int head = in.next();
        int[] ids = new int[head >>> 1];
        if ((head & 1) == 0) {
            for (int i = 0, id = 0; i < ids.length; i++) {
                id += in.next();
                ids[i] = id;
            }
            return ids;
        }
        int first = in.next();
        int length = in.next();
        int start = in.position();
        // Byte by byte, and within a byte set bit by set bit: a large set's bitmap is read for every change to it in serve.
        for (int b = 0, n = 0; n < ids.length; b++) {
            for (int bits = bytes[start + b] & 0xFF; bits != 0; bits &= bits - 1) {
                ids[n++] = first + 8 * b + Integer.numberOfTrailingZeros(bits);
            }
        }
        in.skip(length);
        return ids;
    }

    /** How many ids of the set {@link #write} wrote in {@code bytes} are below {@code id}, without reading the others. */
    static int rank(byte[] bytes, int id) {
        Varints.Reader in = new Varints.Reader(bytes);
        int head = in.next();
        int count = head >>> 1;
        if ((head & 1) == 0) {
            for (int n = 0, value = 0; n < count; n++) {
                value += in.next();
                if (value >= id) {
                    return n;
                }
            }
            return count;
        }
        int first = in.next();
        int length = in.next();
        int start = in.position();
        if (id <= first) {
            return 0;
        }
        int bits = id - first;
        int rank = 0;
        for (int b = 0; b < Math.min(bits >>> 3, length); b++) {
            rank += Integer.bitCount(bytes[start + b] & 0xFF);
        }
        if (bits >>> 3 < length) {
            rank += Integer.bitCount(bytes[start + (bits >>> 3)] & ((1 << (bits & 7)) - 1));
        }
        return rank;
    }

    /**
     * The final postings of one key from its chunks (the postings a {@link PostingsTable} held, one
     * per spilled run, in id order, each counting ids from 0): the set of documents and, for a term,
     * each document's positions ({@link DocumentTerms#writePositions}) in id order, apart, as a
     * query of two or three characters needs the documents alone.
     */
    static byte[][] postings(java.util.List<byte[]> chunks, boolean positional) {
        int total = 0;
        for (byte[] chunk : chunks) {
            total += chunk.length;
        }
        int[] ids = new int[positional ? total / 2 + 1 : total];
        int count = 0;
        Varints positions = new Varints(positional ? total : 16);
        for (byte[] chunk : chunks) {
            Varints.Reader in = new Varints.Reader(chunk);
            int id = 0;
            while (in.hasMore()) {
                id += in.next();
                if (count == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, ids.length * 2);
                }
                ids[count++] = id;
                if (positional) {
                    int start = in.position();
                    DocumentTerms.skipPositions(in);
                    positions.write(chunk, start, in.position() - start);
                }
            }
        }
        Varints set = new Varints(count + 16);
        write(set, ids, count);
        return new byte[][]{set.toByteArray(), positions.toByteArray()};
    }
}
