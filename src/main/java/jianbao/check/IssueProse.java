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

    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    /** A headline's marker, also the slips the issue parser reports (no space, full-width ＃). */
    private static final Pattern HEADING_MARK = Pattern.compile("\\s{0,3}[#＃]{1,6}\\s*");
    private static final Pattern LINE_MARK = Pattern.compile("\\s{0,3}(?:>\\s?|[-+*]\\s+|\\d{1,3}[.)]\\s+)");
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
        Builder block = new Builder(lines);
        int i = bodyStart(lines);
        boolean fenced = false;
        boolean comment = false;
        boolean blankBefore = true;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (fenced || FENCE.matcher(line).matches()) {
                fenced ^= FENCE.matcher(line).matches();
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
            Matcher heading = HEADING_MARK.matcher(line);
            if (heading.lookingAt()) {
                block.end(blocks);
                block.add(i, heading.end());
                block.end(blocks);
                continue;
            }
            Matcher mark = LINE_MARK.matcher(line);
            block.add(i, mark.lookingAt() ? mark.end() : 0);
        }
        block.end(blocks);
        return blocks;
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

    /** Collects the lines of one block. */
    private static final class Builder {
        private final String[] source;
        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[256];
        private int[] offsets = new int[256];

        Builder(String[] source) {
            this.source = source;
        }

        void add(int line, int from) {
            if (!text.isEmpty()) {
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
         * Whether nothing on the line from {@code from} can be Markdown other than emphasis, an address or a
         * tag: most lines of an issue.
         */
        private static boolean isPlain(String line, int from) {
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '`' || c == '[' || c == '<' || c == '\\' || c == '@' || c == ':' || c == '.' && i + 1 < line.length()
                        && line.charAt(i + 1) > ' ' && line.charAt(i + 1) < 0x80) {
                    return false;
                }
            }
            return true;
        }

        /** Copies the characters, leaving out the marks of emphasis. */
        private void copy(int line, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = source[line].charAt(i);
                if (c != '*') {
                    put(c, line, i);
                }
            }
        }

        private void put(char c, int line, int offset) {
            int at = text.length();
            if (at == lines.length) {
                lines = Arrays.copyOf(lines, at * 2);
                offsets = Arrays.copyOf(offsets, at * 2);
            }
            text.append(c);
            lines[at] = line;
            offsets[at] = offset;
        }

        void end(List<ProseBlock> blocks) {
            String written = text.toString().strip();
            if (!written.isEmpty()) {
                int lead = text.indexOf(written);
                int n = written.length();
                blocks.add(new ProseBlock(written, Arrays.copyOfRange(lines, lead, lead + n),
                        Arrays.copyOfRange(offsets, lead, lead + n), source));
            }
            text.setLength(0);
        }
    }
}
