package jianbao.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The problems found while reading content, collected so that all of them are reported at once. */
public final class Problems {

    private final List<Problem> found = Collections.synchronizedList(new ArrayList<>());

    public void error(Path file, int line, String message) {
        found.add(Problem.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        found.add(Problem.warning(file, line, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        return all().stream().anyMatch(Problem::isError);
    }

    /** All problems, sorted by file and line; one found twice (by two readers of the same file) is listed once. */
    public List<Problem> all() {
        synchronized (found) {
            return found.stream().distinct().sorted().toList();
        }
    }
}
