package jianbao.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a content file as UTF-8 text with Unix line ends. A byte order mark and CRLF line ends are
 * accepted silently; a file in another encoding is refused with a message naming the encoding it
 * most likely is, because guessing wrong would publish garbled text.
 */
public final class SourceText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SourceText() {
    }

    /** The file's text, or empty after adding a problem to {@code problems}. */
    public static Optional<String> read(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(file, 0, "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = decode(bytes, start, StandardCharsets.UTF_8);
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException notUtf8) {
            problems.error(file, lineOfFirstInvalidByte(bytes, start),
                    "文件不是 UTF-8 编码" + likelyEncoding(bytes) + "。请在编辑器中以 UTF-8 编码另存后再提交。");
            return Optional.empty();
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String decode(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    private static String likelyEncoding(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "，看起来是 UTF-16 编码";
        }
        try {
            decode(bytes, 0, GB18030);
            return "，看起来是 GBK（GB18030）编码";
        } catch (CharacterCodingException e) {
            return "，也不是 GBK 编码，无法识别";
        }
    }

    /** The 1-based line holding the first byte sequence that is not valid UTF-8. */
    private static int lineOfFirstInvalidByte(byte[] bytes, int start) {
        int line = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }
}
