package jianbao.model;

import java.util.List;

/** Something a department reported: an article or a brief. */
public sealed interface Entry permits Article, Brief {

    IssueId issueId();

    /** The 1-based place among the issue's articles, or among its briefs. */
    int position();

    List<Department> departments();

    /** Plain text of the body, for descriptions, feeds and search. */
    String text();

    /** What lists, feeds and search results show as its title: an article's headline, a brief's beginning. */
    String title();
}
