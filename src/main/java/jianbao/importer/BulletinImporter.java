package jianbao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jianbao.content.Problems;

/**
 * Imports one bulletin file as the office issued it: a Word .docx document, or plain text in
 * UTF-8 or GBK. Formats it cannot read (PDF, the old .doc) are refused with advice.
 */
public final class BulletinImporter {

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private BulletinImporter() {
    }

    /**
     * The issue in {@code file}, or empty after adding to {@code problems} why it cannot be read.
     *
     * @param encoding the encoding of a text file, such as GBK, or null to find it out
     */
    public static Optional<ImportResult> read(Path file, String encoding, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.error(file, 0, "找不到这个文件。");
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            problems.error(file, 0, "不能直接导入 PDF：请把 PDF 中的文字另存为 .txt 文本（或使用 Word 原稿 .docx）后再导入。");
            return Optional.empty();
        }
        if (name.endsWith(".doc") || name.endsWith(".wps")) {
            problems.error(file, 0, "不能导入旧版 Word（.doc）或 WPS 文件：请在 Word 或 WPS 中“另存为” .docx 后再导入。");
            return Optional.empty();
        }
        Optional<BulletinSource> source = name.endsWith(".docx") || isZip(file)
                ? DocxReader.read(file, problems)
                : BulletinText.read(file, encoding, problems);
        return source.flatMap(s -> BulletinParser.parse(s, file, problems));
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_SIGNATURE.length), ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }
}
