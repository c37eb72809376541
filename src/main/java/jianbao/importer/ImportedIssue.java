package jianbao.importer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jianbao.model.Footer;

/**
 * An issue as read from a bulletin the office issued, before it is written as an issue source file.
 *
 * @param bulletin  the bulletin's name on the masthead, or "" if none was printed
 * @param publisher the publisher on the masthead, or "" if none was printed
 * @param entries   articles and briefs in the order printed
 */
public record ImportedIssue(String bulletin, int number, LocalDate date, String publisher, List<ImportedEntry> entries,
                            Footer footer) {

    public ImportedIssue {
        entries = List.copyOf(entries);
    }

    public int year() {
        return date.getYear();
    }

    public long articleCount() {
        return entries.stream().filter(ImportedEntry.Article.class::isInstance).count();
    }

    public long briefCount() {
        return entries.stream().filter(ImportedEntry.Brief.class::isInstance).count();
    }

    /** Every department named in the issue, once, in the order first printed. */
    public List<String> departments() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(entry -> names.addAll(entry.departments()));
        return List.copyOf(names);
    }
}
