package jianbao.cli;

import java.nio.file.Path;
import java.util.List;
import jianbao.content.Problem;
import jianbao.content.Problems;

/** Prints content problems as file:line messages and turns them into an exit status. */
final class ProblemReport {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;

    private ProblemReport() {
    }

    /** Prints every problem (warnings only unless {@code quiet}) and returns the exit status. */
    static int print(Problems problems, Path content, boolean quiet) {
        long errors = list(problems.all(), content, quiet);
        if (errors > 0) {
            System.err.println("发现 " + errors + " 个错误，网站没有更新（原来的网站保持不变）。请改正后重试。");
            return CONTENT_ERRORS;
        }
        return OK;
    }

    /** Prints {@code problems} as file:line messages relative to the content's parent; returns how many are errors. */
    static long list(List<Problem> problems, Path content, boolean quiet) {
        Path base = content.toAbsolutePath().normalize().getParent();
        for (Problem problem : problems) {
            if (problem.isError() || !quiet) {
                System.err.println(problem.format(base));
            }
        }
        return problems.stream().filter(Problem::isError).count();
    }
}
