package jianbao.feeds;

import java.util.List;
import java.util.Map;
import jianbao.model.Article;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.EditorNote;
import jianbao.model.Entry;
import jianbao.model.Issue;
import jianbao.render.CnDates;
import jianbao.render.ContentHtml;
import jianbao.render.HtmlEscaper;
import jianbao.render.IssueNames;
import jianbao.render.Labels;
import jianbao.render.SiteUrls;

/**
 * The HTML that a feed reader shows: a whole issue as printed (the editor's note, articles under
 * their sections and headlines with subtitles and authors, briefs, footer lines and print run), or one article or brief with its departments and the issue it appeared in.
 * Every link is absolute, since readers show entries away from the site.
 */
final class FeedHtml {

    /** A character no label holds, standing for the link to the issue until the line is escaped. */
    private static final String LINK_MARK = "\uE000";

    private final SiteUrls urls;
    private final Labels labels;
    private final IssueNames names;
    private final ContentHtml content;

    FeedHtml(SiteUrls urls, Labels labels) {
        this.urls = urls;
        this.labels = labels;
        this.names = new IssueNames(labels);
        this.content = new ContentHtml(urls, true);
    }

    String issue(Issue issue) {
        StringBuilder html = new StringBuilder();
        if (!issue.title().isEmpty() || issue.total() > 0) {
            String title = issue.title().isEmpty() ? ""
                    : labels.text("issue.own_title", Map.of("kind", issue.kindName(), "title", issue.title()));
            String total = issue.total() > 0 ? labels.text("issue.total", Map.of("total", issue.total())) : "";
            html.append("<p>").append(HtmlEscaper.text(title + (title.isEmpty() || total.isEmpty() ? "" : " ") + total)).append("</p>\n");
        }
        note(html, issue.note());
        String section = "";
        for (Article article : issue.articles()) {
            if (!article.section().equals(section)) {
                section = article.section();
                html.append("<h2>").append(HtmlEscaper.text(labels.text("issue.section", Map.of("section", section))))
                        .append("</h2>\n");
            }
            note(html, article.note());
            String level = section.isEmpty() ? "h2" : "h3";
            html.append('<').append(level).append("><a href=\"").append(HtmlEscaper.text(urls.absolute(SiteUrls.article(article)))).append("\">")
                    .append(HtmlEscaper.text(article.headline())).append("</a></").append(level).append(">\n");
            byline(html, article);
            html.append(content.html(article, section.isEmpty() ? 2 : 3).strip()).append('\n');
            if (!article.departments().isEmpty()) {
                html.append("<p>").append(departments(article.departments())).append("</p>\n");
            }
        }
        if (!issue.briefs().isEmpty()) {
            html.append("<h2>").append(HtmlEscaper.text(labels.text("issue.briefs"))).append("</h2>\n<ul>\n");
            for (Brief brief : issue.briefs()) {
                html.append("<li>△ ").append(content.html(brief));
                if (!brief.departments().isEmpty()) {
                    html.append(departments(brief.departments()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        footerLine(html, labels.text("issue.recipients"), issue.footer().recipients());
        footerLine(html, labels.text("issue.distribution"), issue.footer().distribution());
        issue.footer().lines().forEach(line -> footerLine(html, line.word() + "：", line.recipients()));
        footerLine(html, labels.text("issue.editor"), issue.footer().editor());
        if (issue.footer().printRun() > 0) {
            html.append("<p>").append(HtmlEscaper.text(labels.text("issue.print_run", Map.of("count", issue.footer().printRun()))))
                    .append("</p>\n");
        }
        return html.toString();
    }

    private static void note(StringBuilder html, EditorNote note) {
        if (note != null) {
            html.append("<blockquote><p><strong>").append(HtmlEscaper.text(note.label())).append("：</strong>")
                    .append(note.html()).append("</p></blockquote>\n");
        }
    }

    /** An article's subtitle and authors, printed under its headline. */
    private void byline(StringBuilder html, Article article) {
        if (!article.subtitle().isEmpty()) {
            html.append("<p>").append(HtmlEscaper.text(labels.text("issue.subtitle", Map.of("subtitle", article.subtitle()))))
                    .append("</p>\n");
        }
        if (!article.authors().isEmpty()) {
            html.append("<p>").append(HtmlEscaper.text(labels.text("issue.authors") + String.join("　", article.authors())))
                    .append("</p>\n");
        }
    }

    /** An article's body, or a brief's line, followed by its departments and where it was printed. */
    String entry(Entry entry, Issue issue) {
        StringBuilder html = new StringBuilder();
        if (entry instanceof Article article) {
            note(html, article.note());
            byline(html, article);
            html.append(content.html(entry).strip()).append('\n');
        } else {
            html.append("<p>").append(content.html(entry)).append("</p>\n");
        }
        if (!entry.departments().isEmpty()) {
            html.append("<p>").append(departments(entry.departments())).append("</p>\n");
        }
        String link = "<a href=\"" + HtmlEscaper.text(urls.absolute(SiteUrls.issue(issue.id()))) + "\">"
                + HtmlEscaper.text(labels.text("feeds.issue_link", Map.of("bulletin", issue.bulletin(),
                "issue", names.yearAndNumber(issue.id())))) + "</a>";
        // The link goes where the label's {issue} stands, after the rest of the label is escaped.
        String line = labels.text("feeds.printed_in", Map.of("issue", LINK_MARK, "date", CnDates.format(labels, issue.date())));
        html.append("<p>").append(HtmlEscaper.text(line).replace(LINK_MARK, link)).append("</p>\n");
        return html.toString();
    }

    private String departments(List<Department> departments) {
        StringBuilder html = new StringBuilder("（");
        for (int i = 0; i < departments.size(); i++) {
            Department department = departments.get(i);
            html.append(i > 0 ? "、" : "").append("<a href=\"")
                    .append(HtmlEscaper.text(urls.absolute(SiteUrls.department(department)))).append("\">")
                    .append(HtmlEscaper.text(department.name())).append("</a>");
        }
        return html.append("）").toString();
    }

    private static void footerLine(StringBuilder html, String label, String value) {
        if (!value.isEmpty()) {
            html.append("<p>").append(label).append(HtmlEscaper.text(value)).append("</p>\n");
        }
    }
}
