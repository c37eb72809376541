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
        return TextDecoding.readBytes(file, problems).flatMap(bytes -> decode(file, bytes, problems));
    }

    /** The text of {@code bytes}, read from {@code file}, or empty after adding a problem to {@code problems}. */
    public static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        TextDecoding.Strict utf8 = TextDecoding.strict(bytes, TextDecoding.hasUtf8Bom(bytes) ? 3 : 0, StandardCharsets.UTF_8);
        if (!utf8.ok()) {
            problems.error(file, TextDecoding.lineAt(bytes, utf8.badByte()),
                    "文件不是 UTF-8 编码" + likelyEncoding(bytes) + "。请在编辑器中以 UTF-8 编码另存后再提交。");
            return Optional.empty();
        }
        return Optional.of(withoutControlCharacters(file, utf8.text().replace("\r\n", "\n").replace('\r', '\n'), problems));
    }

    /**
     * Control characters other than tab and line end (NUL, escape, DEL, the C1 range), the
     * non-characters U+FFFE and U+FFFF, and halves of surrogate pairs: they show nothing, and XML 1.0
     * forbids them, so one in a feed would make readers reject the whole feed. They are removed, with
     * a warning for each line that had any.
     */
    static String withoutControlCharacters(Path file, String text, Problems problems) {
        if (!hasForbidden(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int line = 1;
        int lineStart = 0;
        int removedOnLine = 0;
        int firstColumn = 0;
        int firstChar = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                warnRemoved(file, line, firstColumn, firstChar, removedOnLine, problems);
                removedOnLine = 0;
                line++;
                lineStart = i + 1;
            }
            if (!forbidden(text, i)) {
                kept.append(c);
            } else if (removedOnLine++ == 0) {
                firstColumn = text.codePointCount(lineStart, i) + 1;
                firstChar = c;
            }
        }
        warnRemoved(file, line, firstColumn, firstChar, removedOnLine, problems);
        return kept.toString();
    }

    private static void warnRemoved(Path file, int line, int column, int c, int count, Problems problems) {
        if (count > 0) {
            problems.warning(file, line, "第 " + column + " 列有看不见的控制字符 " + String.format("U+%04X", c)
                    + (count > 1 ? "，这一行共 " + count + " 个" : "") + "，已删去。");
        }
    }

    private static boolean hasForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String likelyEncoding(byte[] bytes) {
        if (TextDecoding.hasUtf16Bom(bytes)) {
            return "，看起来是 UTF-16 编码";
        }
        return TextDecoding.strict(bytes, 0, TextDecoding.GB18030).ok() ? "，看起来是 GBK（GB18030）编码" : "，也不是 GBK 编码，无法识别";
    }
}
