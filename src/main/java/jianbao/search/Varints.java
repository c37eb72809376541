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

    void write(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        if (size + 5 > buffer.length) {
            grow(5);
        }
        while (value >= 0x80) {
            buffer[size++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
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

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void grow(int more) {
        buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
    }
}
