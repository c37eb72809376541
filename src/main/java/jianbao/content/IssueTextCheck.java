package jianbao.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A check of the text of each issue file (the language check), which the content loader runs while it
 * reads the file, on the text it decoded and with the date of the front matter it parsed: the check
 * reads no file and parses no front matter of its own. What the check returns joins the
 * problems of that file. Checks that are equal find the same problems in the same text, so that serve
 * keeps what a check found in a file ({@link IssueCache}) until the file or the check changes.
 */
@FunctionalInterface
public interface IssueTextCheck {

    /** Finds nothing. */
    IssueTextCheck NONE = (file, text, date) -> List.of();

    /**
     * @param text the file's whole text, front matter included, with Unix line ends and no control characters
     * @param date the issue's date, when its front matter has one that can be read
     */
    List<Problem> problems(Path file, String text, Optional<LocalDate> date);
}
