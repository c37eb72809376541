package jianbao.importer;

import java.util.List;

/** An article or a brief as read from the bulletin, ready to be written as Markdown. */
public sealed interface ImportedEntry {

    /** The line (or Word paragraph) it starts on. */
    int line();

    /** The source departments named in its trailing parenthetical, as printed. */
    List<String> departments();

    /**
     * An article: a headline and one or more paragraphs, the last ending in （部门、部门）.
     *
     * @param paragraphs Markdown paragraphs, bold kept as {@code **…**}
     */
    record Article(int line, String headline, List<String> paragraphs, List<String> departments)
            implements ImportedEntry {

        public Article {
            paragraphs = List.copyOf(paragraphs);
            departments = List.copyOf(departments);
        }
    }

    /**
     * A brief (简讯).
     *
     * @param text the Markdown paragraph, starting with “△ ” and ending in （部门）
     */
    record Brief(int line, String text, List<String> departments) implements ImportedEntry {

        public Brief {
            departments = List.copyOf(departments);
        }
    }
}
