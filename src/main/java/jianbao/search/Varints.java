package jianbao.search;

import java.util.Arrays;

/** A growing byte buffer that writes unsigned LEB128 integers, the number format of the binary index files. */
final class Varints {

    private byte[] buffer;
    private int size;

    Varints() {
        this(16);
    }

    /** @param capacity the bytes it holds before it must grow */
    Varints(int capacity) {
        buffer = new byte[Math.max(16, capacity)];
    }

    /** The most bytes an integer takes. */
    static final int MAX_BYTES = 5;

    void write(int value) {
        if (size + MAX_BYTES > buffer.length) {
            grow(MAX_BYTES);
        }
        size = writeAt(buffer, size, value);
    }

    /**
     * Writes {@code value} into {@code bytes} from {@code at}, which has room for {@link #MAX_BYTES};
     * returns where it ends.
     */
    static int writeAt(byte[] bytes, int at, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        while (value >= 0x80) {
            bytes[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }

    void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            grow(length);
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void grow(int more) {
        buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
    }

    /** How many bytes {@code value} takes. */
    static int length(int value) {
        int length = 1;
        while (value >= 0x80) {
            value >>>= 7;
            length++;
        }
        return length;
    }

    /** Reads the integers of a byte array in turn. */
    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int at;

        Reader(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        Reader(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        boolean hasMore() {
            return at < end;
        }

        int position() {
            return at;
        }

        void skip(int length) {
            at += length;
        }

        int next() {
            int value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[at++] & 0xFF;
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }
    }
}
