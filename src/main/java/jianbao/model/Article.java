package jianbao.model;

import java.util.List;

/**
 * One article (信息) of an issue.
 *
 * @param issueId     the issue it belongs to
 * @param position    its 1-based place in the issue, which is also its URL segment
 * @param headline    the headline as plain text
 * @param bodyHtml    the body as sanitised HTML, without the trailing department parenthetical
 * @param text        the body as plain text, for descriptions, feeds and search
 * @param departments the source departments, in the order printed
 */
public record Article(IssueId issueId, int position, String headline, String bodyHtml, String text,
                      List<Department> departments) implements Entry {

    public Article {
        departments = List.copyOf(departments);
    }

    @Override
    public String title() {
        return headline;
    }
}
