package jianbao.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jianbao.content.Problems;
import jianbao.content.TextDecoding;

/**
 * Reads a bulletin saved as plain text. The encoding is the one asked for, or else found out: a
 * byte order mark, then UTF-8, then GB18030 (which includes GBK and GB2312), the encodings Chinese
 * office software saves text in. Line ends may be CRLF, CR or LF; blank lines are dropped.
 */
public final class BulletinText {

    private BulletinText() {
    }

    /**
     * The non-blank lines of {@code file} as paragraphs, or empty after adding a problem to
     * {@code problems}.
     *
     * @param encoding the encoding to read, such as GBK, or null to find it out
     */
    public static Optional<BulletinSource> read(Path file, String encoding, Problems problems) {
        Optional<byte[]> read = TextDecoding.readBytes(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        Optional<Decoded> decoded = encoding == null ? detect(file, bytes, problems) : decode(file, bytes, encoding, problems);
        return decoded.map(d -> new BulletinSource(paragraphs(d.text()), "文本，" + d.description()));
    }

    private record Decoded(String text, String description) {
    }

    private static Optional<Decoded> decode(Path file, byte[] bytes, String encoding, Problems problems) {
        Charset charset;
        try {
            charset = Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.error(file, 0, "不认识编码“" + encoding + "”。常用的有 UTF-8、GBK、GB18030。");
            return Optional.empty();
        }
        int start = charset.equals(StandardCharsets.UTF_8) && TextDecoding.hasUtf8Bom(bytes) ? 3 : 0;
        TextDecoding.Strict result = TextDecoding.strict(bytes, start, charset);
        if (!result.ok()) {
            problems.error(file, TextDecoding.lineAt(bytes, result.badByte()),
                    "这一行不是 " + charset.name() + " 编码的文字。请确认文件的编码，或去掉 --encoding 让程序自动识别。");
            return Optional.empty();
        }
        return Optional.of(new Decoded(result.text(), charset.name() + " 编码"));
    }

    private static Optional<Decoded> detect(Path file, byte[] bytes, Problems problems) {
        if (TextDecoding.hasUtf8Bom(bytes)) {
            return decode(file, bytes, "UTF-8", problems);
        }
        if (TextDecoding.hasUtf16Bom(bytes)) {
            return decode(file, bytes, "UTF-16", problems);
        }
        TextDecoding.Strict utf8 = TextDecoding.strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.ok()) {
            return Optional.of(new Decoded(utf8.text(), "UTF-8 编码"));
        }
        TextDecoding.Strict gb = TextDecoding.strict(bytes, 0, TextDecoding.GB18030);
        if (gb.ok()) {
            return Optional.of(new Decoded(gb.text(), "GBK（GB18030）编码，自动识别"));
        }
        problems.error(file, TextDecoding.lineAt(bytes, utf8.badByte()),
                "认不出文件的编码：既不是 UTF-8，也不是 GBK。请在记事本中“另存为”UTF-8 编码，或用 --encoding 指明编码。");
        return Optional.empty();
    }

    private static List<SourceParagraph> paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "").strip();
            if (!line.isEmpty()) {
                paragraphs.add(new SourceParagraph(i + 1, line));
            }
        }
        return paragraphs;
    }
}
