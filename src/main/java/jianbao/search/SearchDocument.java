package jianbao.search;

import java.util.List;
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
public record SearchDocument(int id, Entry entry, Issue issue, String href, String title, List<String> fields) {

    public SearchDocument {
        fields = List.copyOf(fields);
    }

    public List<Department> departments() {
        return entry.departments();
    }
}
