package jianbao.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Strict decoding of the bytes of a text file: content in the wrong encoding must be refused and
 * located, never turned silently into replacement characters.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final char REPLACEMENT = '\uFFFD';

    private TextDecoding() {
    }

    /** Decoded text, or null text and the offset of the first byte that is not in the encoding. */
    public record Strict(String text, int badByte) {

        public boolean ok() {
            return text != null;
        }
    }

    /** The bytes of {@code file}, or empty after adding a problem to {@code problems}. */
    public static Optional<byte[]> readBytes(Path file, Problems problems) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(file, 0, "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes {@code bytes} from {@code start}, stopping at the first byte the encoding does not allow. */
    public static Strict strict(byte[] bytes, int start, Charset charset) {
        // The usual case, well-formed text, decodes fastest leniently: a lenient decoding without a
        // replacement character has met no bad byte. Text with one is decoded again strictly,
        // since the character may also be written in the file.
        String lenient = new String(bytes, start, bytes.length - start, charset);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            return new Strict(lenient, -1);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Strict(null, in.position());
        }
        return new Strict(out.flip().toString(), -1);
    }

    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    public static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    /** The 1-based line of the byte at {@code offset}, counting LF bytes as in any ASCII-compatible encoding. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
