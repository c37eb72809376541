package jianbao.importer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jianbao.model.Footer;
import jianbao.model.IssueId;
import jianbao.model.IssueKind;

/**
 * An issue as read from a bulletin the office issued, before it is written as an issue source file.
 *
 * @param bulletin  the bulletin's name on the masthead, or "" if none was printed
 * @param kind      regular, supplement (增刊) or special issue (专刊, 特刊)
 * @param kindWord  the kind as printed on the masthead; empty for a regular issue
 * @param title     a supplement's or special issue's own title (专刊：防汛工作), or ""
 * @param total     the running total (总第312期), 0 if none was printed
 * @param publisher the publisher on the masthead, or "" if none was printed
 * @param entries   articles, briefs, section headings and editor's notes in the order printed
 */
public record ImportedIssue(String bulletin, IssueKind kind, String kindWord, String title, int number, int total,
                            LocalDate date, String publisher, List<ImportedEntry> entries, Footer footer) {

    public ImportedIssue {
        entries = List.copyOf(entries);
    }

    /** A regular issue without a running total. */
    public ImportedIssue(String bulletin, int number, LocalDate date, String publisher, List<ImportedEntry> entries,
                         Footer footer) {
        this(bulletin, IssueKind.REGULAR, "", "", number, 0, date, publisher, entries, footer);
    }

    public IssueId id() {
        return new IssueId(year(), kind, number);
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

    public List<ImportedEntry.Section> sections() {
        return entries.stream().filter(ImportedEntry.Section.class::isInstance).map(ImportedEntry.Section.class::cast).toList();
    }

    public List<ImportedEntry.Note> notes() {
        return entries.stream().filter(ImportedEntry.Note.class::isInstance).map(ImportedEntry.Note.class::cast).toList();
    }

    public List<ImportedEntry.Article> articles() {
        return entries.stream().filter(ImportedEntry.Article.class::isInstance).map(ImportedEntry.Article.class::cast).toList();
    }

    /** Every department named in the issue, once, in the order first printed. */
    public List<String> departments() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(entry -> names.addAll(entry.departments()));
        return List.copyOf(names);
    }
}
