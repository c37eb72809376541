package jianbao.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One numbered issue of the bulletin.
 *
 * @param bulletin    the bulletin's name on the masthead
 * @param publisher   the publisher on the masthead
 * @param attachments files beside an issue's index.md (images, the printed PDF), by their path in its folder
 * @param source      the file the issue was read from
 */
public record Issue(IssueId id, String bulletin, String publisher, LocalDate date, List<Article> articles,
                    List<Brief> briefs, Footer footer, boolean draft, List<Attachment> attachments, Path source) {

    public Issue {
        articles = List.copyOf(articles);
        briefs = List.copyOf(briefs);
        attachments = List.copyOf(attachments);
    }

    public int year() {
        return id.year();
    }

    public int number() {
        return id.number();
    }
}
