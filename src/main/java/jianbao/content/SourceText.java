package jianbao.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a content file as UTF-8 text with Unix line ends. A byte order mark and CRLF line ends are
 * accepted silently; a file in another encoding is refused with a message naming the encoding it
 * most likely is, because guessing wrong would publish garbled text.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The file's text, or empty after adding a problem to {@code problems}. */
    public static Optional<String> read(Path file, Problems problems) {
        Optional<byte[]> read = TextDecoding.readBytes(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        TextDecoding.Strict utf8 = TextDecoding.strict(bytes, TextDecoding.hasUtf8Bom(bytes) ? 3 : 0, StandardCharsets.UTF_8);
        if (!utf8.ok()) {
            problems.error(file, TextDecoding.lineAt(bytes, utf8.badByte()),
                    "文件不是 UTF-8 编码" + likelyEncoding(bytes) + "。请在编辑器中以 UTF-8 编码另存后再提交。");
            return Optional.empty();
        }
        return Optional.of(utf8.text().replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String likelyEncoding(byte[] bytes) {
        if (TextDecoding.hasUtf16Bom(bytes)) {
            return "，看起来是 UTF-16 编码";
        }
        return TextDecoding.strict(bytes, 0, TextDecoding.GB18030).ok() ? "，看起来是 GBK（GB18030）编码" : "，也不是 GBK 编码，无法识别";
    }
}
