package jianbao.check;

import java.util.Optional;

/**
 * The words of one paragraph or headline of an issue file, as a reader sees them: Markdown marks
 * left out, and code, links' targets, addresses and HTML each stood for by {@link #MASK}. Every
 * character keeps the place in the file it came from, so that findings name line and column.
 */
final class ProseBlock {

    /** Stands for something that is not prose (an address, code, a tag); no rule looks into it. */
    static final char MASK = '\uFFFC';

    private static final int EXCERPT_REACH = 8;

    private final char[] chars;
    private final int[] lines;
    private final int[] offsets;
    private final int first;
    private final String[] source;
    /** The text as a string, made when a rule first asks for it: most look at {@link #chars()} alone. */
    private String text;

    /**
     * @param chars   the text
     * @param lines   the 0-based line of the file of each character of the text, from index {@code first}
     * @param offsets the char offset on that line of each character, from index {@code first}
     * @param source  the lines of the file
     */
    ProseBlock(char[] chars, int[] lines, int[] offsets, int first, String[] source) {
        this.chars = chars;
        this.lines = lines;
        this.offsets = offsets;
        this.first = first;
        this.source = source;
    }

    String text() {
        if (text == null) {
            text = new String(chars);
        }
        return text;
    }

    /**
     * The characters of {@link #text()}, for rules that look at every one of them: reading an array
     * costs less than {@link String#charAt}. Not to be changed.
     */
    char[] chars() {
        return chars;
    }

    /** A finding for the characters {@code start} to {@code end} of the text, with no fix. */
    Finding finding(FindingKind kind, int start, int end, String message) {
        return finding(kind, start, end, message, null);
    }

    /**
     * A finding for the characters {@code start} to {@code end} of the text. {@code replacement}, when
     * given, becomes its fix if those characters are written in the file exactly so, on one line.
     */
    Finding finding(FindingKind kind, int start, int end, String message, String replacement) {
        int line = lines[first + start];
        String written = source[line];
        int offset = offsets[first + start];
        int column = written.codePointCount(0, offset) + 1;
        String found = text().substring(start, end);
        Optional<Finding.Fix> fix = Optional.empty();
        if (replacement != null && lines[first + end - 1] == line && written.startsWith(found, offset)) {
            fix = Optional.of(new Finding.Fix(line + 1, offset, found, replacement));
        }
        return new Finding(kind, line + 1, column, excerpt(start, end), message, fix);
    }

    /** The words around {@code from} to {@code to}, a few characters each side, as a reader sees them. */
    private String excerpt(int from, int to) {
        int start = Math.max(0, from - EXCERPT_REACH);
        int end = Math.min(chars.length, to + EXCERPT_REACH);
        String words = text().substring(start, end).replace('\n', ' ').replace(String.valueOf(MASK), "…");
        return (start > 0 ? "…" : "") + words.strip() + (end < chars.length ? "…" : "");
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
    }
}
