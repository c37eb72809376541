package jianbao.importer;

import java.util.List;

/**
 * The paragraphs read from one bulletin file, before they are understood as an issue.
 *
 * @param form how the file was read, for the import report, such as “文本，UTF-8 编码”
 */
public record BulletinSource(List<SourceParagraph> paragraphs, String form) {

    public BulletinSource {
        paragraphs = List.copyOf(paragraphs);
    }
}
