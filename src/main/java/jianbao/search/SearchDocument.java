package jianbao.search;

import java.util.ArrayList;
import java.util.List;
import jianbao.model.Article;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.Issue;

/**
 * An article or brief as search sees it: its number in the index, where it links to, what a result
 * shows, and the fields searched (headline, body, department names, an article's subtitle and authors).
 *
 * @param id    its number in the index; documents are numbered oldest first, so a larger number is newer
 * @param href  the link to the entry, ready for an {@code href}
 * @param title the headline, or for a brief the beginning of its text
 */
public record SearchDocument(int id, Entry entry, Issue issue, String href, String title) {

    public List<Department> departments() {
        return entry.departments();
    }

    /**
     * The fields searched, in order: the headline (empty for a brief, whose title is its own text),
     * the text, the departments' names, then an article's subtitle and authors. Made when asked,
     * since the text is read back from where the build keeps it.
     */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        fields.add(entry instanceof Article article ? article.headline() : "");
        fields.add(entry.text());
        entry.departments().forEach(d -> fields.add(d.name()));
        if (entry instanceof Article article) {
            if (!article.subtitle().isEmpty()) {
                fields.add(article.subtitle());
            }
            fields.addAll(article.authors());
        }
        return fields;
    }
}
