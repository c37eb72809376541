package jianbao.model;

import java.util.List;

/**
 * One article (信息) of an issue.
 *
 * @param issueId     the issue it belongs to
 * @param position    its 1-based place in the issue, which is also its URL segment
 * @param headline    the headline as plain text
 * @param body        the body, as HTML and as plain text
 * @param departments the source departments, in the order printed
 * @param section     the section (栏目) it is printed under, without brackets; empty when the issue has none
 * @param subtitle    the subtitle printed under the headline, without the leading ——; empty when none
 * @param authors     the authors named besides the departments, in the order printed
 * @param note        the editor's note printed before it, or null
 * @param line        the 1-based line of the issue's source on which its headline is written
 */
public record Article(IssueId issueId, int position, String headline, Body body,
                      List<Department> departments, String section, String subtitle, List<String> authors,
                      EditorNote note, int line) implements Entry {

    public Article {
        departments = List.copyOf(departments);
        authors = List.copyOf(authors);
    }

    @Override
    public String title() {
        return headline;
    }

    /** The body as sanitised HTML, without the trailing department parenthetical. */
    public String bodyHtml() {
        return body.html();
    }

    /** The body as plain text, for descriptions, feeds and search. */
    @Override
    public String text() {
        return body.text();
    }
}
