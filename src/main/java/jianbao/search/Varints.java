package jianbao.search;

import java.util.Arrays;

/** A growing byte buffer that writes unsigned LEB128 integers, the number format of the binary index files. */
final class Varints {

    private byte[] buffer = new byte[16];
    private int size;

    void write(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        ensure(5);
        while (value >= 0x80) {
            buffer[size++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
        }
    }
}
