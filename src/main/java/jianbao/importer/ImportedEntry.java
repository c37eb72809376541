package jianbao.importer;

import java.util.List;

/**
 * An article, a brief, a section heading or an editor's note as read from the bulletin, in the
 * order printed, ready to be written as Markdown.
 */
public sealed interface ImportedEntry {

    /** The line (or Word paragraph) it starts on. */
    int line();

    /** The source departments named in its trailing parenthetical, as printed; none for a section or a note. */
    List<String> departments();

    /**
     * An article: a headline and one or more paragraphs, the last ending in （部门、部门）.
     *
     * @param paragraphs Markdown paragraphs, bold kept as {@code **…**}; a numbered part's heading as {@code ### 一、…}
     * @param subtitle   the line starting with —— under the headline, without the dashes; empty when none
     * @param authors    the names of its 作者： line, in the order printed
     */
    record Article(int line, String headline, List<String> paragraphs, List<String> departments, String subtitle,
                   List<String> authors) implements ImportedEntry {

        public Article {
            paragraphs = List.copyOf(paragraphs);
            departments = List.copyOf(departments);
            authors = List.copyOf(authors);
        }

        public Article(int line, String headline, List<String> paragraphs, List<String> departments) {
            this(line, headline, paragraphs, departments, "", List.of());
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

    /** A section heading (栏目) such as 【工作动态】, by its name without the brackets. */
    record Section(int line, String name) implements ImportedEntry {

        @Override
        public List<String> departments() {
            return List.of();
        }
    }

    /**
     * An editor's note.
     *
     * @param label 编者按, 按语 or 按, as printed
     * @param text  the note after the colon
     */
    record Note(int line, String label, String text) implements ImportedEntry {

        @Override
        public List<String> departments() {
            return List.of();
        }
    }
}
