package jianbao.model;

import java.util.List;

/**
 * A brief (简讯): one short line starting with △, with its own source departments.
 *
 * @param html the sanitised HTML of the line, without the △ and the department parenthetical
 */
public record Brief(IssueId issueId, int position, String html, String text, List<Department> departments)
        implements Entry {

    /** How much of a brief's text stands for its title. */
    private static final int TITLE_LENGTH = 40;

    public Brief {
        departments = List.copyOf(departments);
    }

    @Override
    public String title() {
        return Excerpt.of(text, TITLE_LENGTH);
    }
}
