package jianbao.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes what it is given as UTF-8 bytes as it goes, for pages, which are written to
 * disk as bytes. Rendering into a string builder and then encoding the string took three copies of
 * every page: widening the builder to two bytes a character at the first Chinese character, the
 * string made of it, and the bytes made of that. The bytes are those of {@code String.getBytes(UTF_8)}
 * for the same text, a lone surrogate included ({@code ?}). Markup a template prints that is held as
 * bytes already ({@link EncodedHtml}) is copied as it is. Not thread-safe; reused by {@link #reset}.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private char[] chars = new char[1 << 10];
    /** A high surrogate written last, whose low surrogate may come with the next write. */
    private char pendingHigh;

    /** Forgets what was written. */
    Utf8Writer reset() {
        size = 0;
        pendingHigh = 0;
        return this;
    }

    /** The bytes written since the last reset. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    /** Writes text already encoded as UTF-8, text without surrogates (see {@link EncodedText}). */
    void writeEncoded(byte[] utf8) {
        ensure(utf8.length + 1);
        if (pendingHigh != 0) {
            pendingHigh = 0;
            bytes[size++] = '?';
        }
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** What a template prints: Pebble gives a writer that is a {@link SpecializedWriter} the value itself. */
    @Override
    public void write(Object value) {
        if (value instanceof EncodedHtml html) {
            writeEncoded(html.utf8());
        } else {
            print(StringUtils.toString(value));
        }
    }

    @Override
    public void writeSpecialized(String text) {
        print(text);
    }

    private void print(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void writeSpecialized(int number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(long number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(double number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(float number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(short number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(byte number) {
        print(String.valueOf(number));
    }

    @Override
    public void writeSpecialized(char character) {
        print(String.valueOf(character));
    }

    @Override
    public void write(String text, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, chars.length);
            text.getChars(offset, offset + n, chars, 0);
            write(chars, 0, n);
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(char[] text, int offset, int length) {
        ensure(3 * length + 3);
        byte[] out = bytes;
        int at = size;
        int end = offset + length;
        int i = offset;
        if (pendingHigh != 0 && i < end) {
            at = pair(out, at, pendingHigh, text[i]);
            if (Character.isLowSurrogate(text[i])) {
                i++;
            }
            pendingHigh = 0;
        }
        for (; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    pendingHigh = c;
                } else {
                    at = pair(out, at, c, text[i + 1]);
                    if (Character.isLowSurrogate(text[i + 1])) {
                        i++;
                    }
                }
            } else {
                out[at++] = '?';
            }
        }
        size = at;
    }

    /** Writes a high surrogate with the character after it: four bytes if that is its low surrogate, else {@code ?} for it alone. */
    private static int pair(byte[] out, int at, char high, char next) {
        if (!Character.isLowSurrogate(next)) {
            out[at++] = '?';
            return at;
        }
        int code = Character.toCodePoint(high, next);
        out[at++] = (byte) (0xF0 | code >> 18);
        out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | code & 0x3F);
        return at;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
