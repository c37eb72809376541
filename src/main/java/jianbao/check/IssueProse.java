package jianbao.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose of an issue file: the headlines, paragraphs of articles and briefs after the front
 * matter. Code blocks and HTML comments are left out; within a line, Markdown marks are dropped and
 * what is not prose (inline code, a link's target, an address, a tag) is masked.
 */
final class IssueProse {

    private static final Pattern INLINE = Pattern.compile(String.join("|",
            "(?<code>`+[^`]*`+)",
            "(?<image>!\\[[^\\]]*]\\([^)]*\\))",
            "\\[(?<label>[^\\]]*)](?<target>\\([^)]*\\))",
            "(?<tag><[^<>]*>)",
            "(?<url>(?:https?|ftp)://[\\x21-\\x7e]+|www\\.[\\x21-\\x7e]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
            "(?<emphasis>\\*+)",
            "\\\\(?<escaped>[!-/:-@\\[-`{-~])"));

    private IssueProse() {
    }

    /** The blocks of {@code text}, the whole file with Unix line ends. */
    static List<ProseBlock> blocks(String text) {
        String[] lines = text.split("\n", -1);
        List<ProseBlock> blocks = new ArrayList<>();
        Builder block = new Builder(lines, text.length());
        int i = bodyStart(lines);
        boolean fenced = false;
        boolean comment = false;
        boolean blankBefore = true;
        for (; i < lines.length; i++) {
            String line = lines[i];
            boolean fence = isFence(line);
            if (fenced || fence) {
                fenced ^= fence;
                block.end(blocks);
                continue;
            }
            if (comment || line.strip().startsWith("<!--")) {
                comment = !line.contains("-->");
                block.end(blocks);
                continue;
            }
            if (line.isBlank()) {
                block.end(blocks);
                blankBefore = true;
                continue;
            }
            if (blankBefore && (line.startsWith("    ") || line.startsWith("\t"))) {
                continue;  // indented code
            }
            blankBefore = false;
            int heading = headingMarkEnd(line);
            if (heading >= 0) {
                block.end(blocks);
                block.add(i, heading);
                block.end(blocks);
                continue;
            }
            block.add(i, Math.max(0, lineMarkEnd(line)));
        }
        block.end(blocks);
        return blocks;
    }

    /*
     * The marks at the start of a line are found by plain scans rather than regular expressions, since
     * every line of every issue is looked at. Each says in its comment the expression it stands for;
     * \s is a space, tab, line feed, vertical tab, form feed or carriage return, \d a digit 0-9.
     */

    /** Whether the line opens or closes a fenced code block: {@code \s{0,3}(```|~~~).*}, the whole line. */
    private static boolean isFence(String line) {
        int at = indent(line);
        if (!line.startsWith("```", at) && !line.startsWith("~~~", at)) {
            return false;
        }
        for (int i = at + 3; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;  // . matches any character but the ends of lines
            }
        }
        return true;
    }

    /**
     * The end of a headline's marker at the start of the line, or -1 when there is none:
     * {@code \s{0,3}[#＃]{1,6}\s*}. Also the slips the issue parser reports (no space, full-width ＃).
     */
    private static int headingMarkEnd(String line) {
        int at = indent(line);
        int marks = 0;
        while (marks < 6 && at + marks < line.length() && (line.charAt(at + marks) == '#' || line.charAt(at + marks) == '＃')) {
            marks++;
        }
        return marks == 0 ? -1 : spaces(line, at + marks, Integer.MAX_VALUE);
    }

    /**
     * The end of the mark of a quotation or a list item at the start of the line, or -1 when there is
     * none: {@code \s{0,3}(?:>\s?|[-+*]\s+|\d{1,3}[.)]\s+)}.
     */
    private static int lineMarkEnd(String line) {
        int at = indent(line);
        if (at == line.length()) {
            return -1;
        }
        char c = line.charAt(at);
        if (c == '>') {
            return spaces(line, at + 1, 1);
        }
        int mark;
        if (c == '-' || c == '+' || c == '*') {
            mark = at + 1;
        } else {
            int digits = at;
            while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                digits++;
            }
            if (digits == at || digits - at > 3 || digits == line.length() || line.charAt(digits) != '.' && line.charAt(digits) != ')') {
                return -1;
            }
            mark = digits + 1;
        }
        int end = spaces(line, mark, Integer.MAX_VALUE);
        return end > mark ? end : -1;
    }

    /** The end of {@code \s{0,3}} at the start of the line. */
    private static int indent(String line) {
        return spaces(line, 0, 3);
    }

    /** The end of at most {@code most} spaces ({@code \s}) from {@code from}. */
    private static int spaces(String line, int from, int most) {
        int at = from;
        while (at < line.length() && at - from < most && isSpace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
    /** The first line after the front matter, or 0 when the file has none. */
    private static int bodyStart(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i + 1;
            }
        }
        return lines.length;
    }

    /**
     * Collects the lines of the blocks of a file: each character with the line and the offset on it that
     * it came from. The blocks share the arrays of lines and offsets, each from where it starts.
     */
    private static final class Builder {
        private final String[] source;
        private final char[] chars;
        private final int[] lines;
        private final int[] offsets;
        private int length;
        /** Where the block being collected starts. */
        private int start;

        /**
         * @param size the length of the file. The prose is never longer: each character comes from one of
         *             the file (a line end, a character of a line) or stands for several ({@link ProseBlock#MASK}
         *             for an address, a character for its escape).
         */
        Builder(String[] source, int size) {
            this.source = source;
            chars = new char[size];
            lines = new int[size];
            offsets = new int[size];
        }

        void add(int line, int from) {
            if (length > start) {
                put('\n', line - 1, source[line - 1].length());
            }
            String written = source[line];
            if (isPlain(written, from)) {
                copy(line, from, written.length());
                return;
            }
            Matcher m = INLINE.matcher(written);
            int at = from;
            m.region(from, written.length());
            while (m.find()) {
                copy(line, at, m.start());
                if (m.group("label") != null) {
                    copy(line, m.start("label"), m.end("label"));
                    put(ProseBlock.MASK, line, m.start("target"));
                } else if (m.group("escaped") != null) {
                    put(written.charAt(m.start("escaped")), line, m.start("escaped"));
                } else if (m.group("emphasis") == null) {
                    put(ProseBlock.MASK, line, m.start());
                }
                at = m.end();
            }
            copy(line, at, written.length());
        }

        /**
         * Whether nothing on the line from {@code from} can be Markdown other than emphasis, which
         * {@link #copy} leaves out, so that {@link #INLINE} need not look: no code, link, image, tag,
         * escape, e-mail address ({@code @}), web address ({@code ://} or {@code www.}). Most lines of an issue.
         */
        private static boolean isPlain(String line, int from) {
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c < 0x80 && (c == '`' || c == '[' || c == '<' || c == '\\' || c == '@' || c == ':' && line.startsWith("//", i + 1)
                        || c == '.' && i - 3 >= from && line.startsWith("www", i - 3) && i + 1 < line.length()
                        && line.charAt(i + 1) > ' ' && line.charAt(i + 1) < 0x7f)) {
                    return false;
                }
            }
            return true;
        }

        /** Copies the characters, leaving out the marks of emphasis. */
        private void copy(int line, int from, int to) {
            source[line].getChars(from, to, chars, length);
            int kept = length;
            for (int i = 0; i < to - from; i++) {
                char c = chars[length + i];
                if (c != '*') {
                    chars[kept] = c;
                    lines[kept] = line;
                    offsets[kept] = from + i;
                    kept++;
                }
            }
            length = kept;
        }

        private void put(char c, int line, int offset) {
            chars[length] = c;
            lines[length] = line;
            offsets[length] = offset;
            length++;
        }

        /** Adds the block collected, without the white space around it, to {@code blocks} unless it is empty. */
        void end(List<ProseBlock> blocks) {
            int first = start;
            int end = length;
            while (first < end && Character.isWhitespace(chars[first])) {
                first++;
            }
            while (end > first && Character.isWhitespace(chars[end - 1])) {
                end--;
            }
            if (first < end) {
                blocks.add(new ProseBlock(Arrays.copyOfRange(chars, first, end), lines, offsets, first, source));
            }
            start = length;
        }
    }
}
