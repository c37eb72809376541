package jianbao.check;

import java.util.Optional;

/**
 * One place in an issue file where the language check found something.
 *
 * @param line    1-based line of the file
 * @param column  1-based column, in characters, of the first character found
 * @param excerpt the words around it, as written on that line
 * @param message what is wrong and what to write instead, in Chinese
 * @param fix     the replacement when it cannot change the meaning, for {@code check --fix}
 */
public record Finding(FindingKind kind, int line, int column, String excerpt, String message, Optional<Fix> fix) {

    /**
     * Replaces {@code before} at char {@code offset} of line {@code line} (1-based) by {@code after}.
     */
    public record Fix(int line, int offset, String before, String after) {
    }
}
