package jianbao.render;

import java.util.Map;
import jianbao.model.Issue;
import jianbao.model.IssueId;

/**
 * The names of an issue a reader sees, made in one place from the theme's labels for the pages,
 * the feeds and the search index: 第45期, 2024年增刊第3期, 上街信息 2024年专刊第1期：防汛工作.
 */
public final class IssueNames {

    private final Labels labels;

    public IssueNames(Labels labels) {
        this.labels = labels;
    }

    /** 第45期, 增刊第3期 (label issue.short_number). */
    public String number(IssueId id) {
        return labels.text("issue.short_number", Map.of("kind", id.kind().word(), "number", id.number()));
    }

    /** 2024年第45期, 2024年增刊第3期 (label issue.number). */
    public String yearAndNumber(IssueId id) {
        return labels.text("issue.number", Map.of("year", id.year(), "kind", id.kind().word(), "number", id.number()));
    }

    /** 上街信息 2024年第45期, followed by the own title of a supplement or special issue (labels issue.title, issue.with_title). */
    public String title(Issue issue) {
        String title = labels.text("issue.title", Map.of("bulletin", issue.bulletin(), "issue", yearAndNumber(issue.id())));
        return issue.title().isEmpty() ? title : labels.text("issue.with_title", Map.of("issue", title, "title", issue.title()));
    }
}
