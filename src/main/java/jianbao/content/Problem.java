package jianbao.content;

import java.nio.file.Path;

/**
 * Something wrong or suspicious in the content, told in the words of the people who write it.
 *
 * @param line   1-based line in the file, or 0 when the problem concerns the whole file
 * @param column 1-based column (in characters) on the line, or 0 when the problem concerns the whole line
 */
public record Problem(Severity severity, Path file, int line, int column, String message) implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    public Problem(Severity severity, Path file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    public static Problem error(Path file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error, for {@code check --strict}. */
    public Problem asError() {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    /** file:line:column: 错误：message, the way compilers and editors expect it. */
    public String format(Path relativeTo) {
        Path shown = relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)
                ? relativeTo.relativize(file) : file;
        String where = line > 0 ? shown + ":" + line + (column > 0 ? ":" + column : "") : shown.toString();
        return where + ": " + (isError() ? "错误" : "警告") + "：" + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
