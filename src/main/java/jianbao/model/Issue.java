package jianbao.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One numbered issue of the bulletin.
 *
 * @param bulletin    the bulletin's name on the masthead
 * @param kindName    the kind as printed on the masthead (增刊, 专刊, 特刊); empty for a regular issue
 * @param title       the own title of a supplement or special issue (专刊：防汛工作), or empty
 * @param total       the running total across years (总第312期), 0 when not printed
 * @param publisher   the publisher on the masthead
 * @param note        the editor's note printed before the first article for the whole issue, or null
 * @param attachments files beside an issue's index.md (images, the printed PDF), by their path in its folder
 * @param source      the file the issue was read from
 * @param fieldLines  the 1-based line of that file on which each front matter field is written, by name
 */
public record Issue(IssueId id, String bulletin, String kindName, String title, int total, String publisher,
                    LocalDate date, EditorNote note, List<Article> articles, List<Brief> briefs, Footer footer,
                    boolean draft, List<Attachment> attachments, Path source, Map<String, Integer> fieldLines) {

    public Issue {
        articles = List.copyOf(articles);
        briefs = List.copyOf(briefs);
        attachments = List.copyOf(attachments);
        fieldLines = Map.copyOf(fieldLines);
    }

    /** The line of its source on which front matter field {@code name} is written, or the opening --- line (1) if it is not. */
    public int lineOf(String name) {
        return fieldLines.getOrDefault(name, 1);
    }

    public int year() {
        return id.year();
    }

    public int number() {
        return id.number();
    }

    public IssueKind kind() {
        return id.kind();
    }

    /** True when its articles are printed under section headings (栏目). */
    public boolean sectioned() {
        return articles.stream().anyMatch(article -> !article.section().isEmpty());
    }

    /** The articles grouped by section in printed order; one group with an empty name when there are no sections. */
    public List<SectionGroup> sections() {
        List<SectionGroup> groups = new ArrayList<>();
        List<Article> current = new ArrayList<>();
        String name = null;
        for (Article article : articles) {
            if (name != null && !name.equals(article.section())) {
                groups.add(new SectionGroup(name, current));
                current = new ArrayList<>();
            }
            name = article.section();
            current.add(article);
        }
        if (name != null) {
            groups.add(new SectionGroup(name, current));
        }
        return groups;
    }
}
