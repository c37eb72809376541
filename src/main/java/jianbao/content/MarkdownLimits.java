package jianbao.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown nested deeper than a bulletin ever needs, which would make flexmark's parser or renderer
 * recurse until the stack overflows: quotes and lists opened inside each other hundreds of times, a
 * line of thousands of {@code *} (which flexmark's thematic-break pattern matches recursively), or
 * emphasis inside emphasis thousands deep. The source is read for the first two before it is
 * parsed, and the parsed tree, without recursion, for the third before it is rendered.
 */
final class MarkdownLimits {

    /** Quotes and list items inside each other; a bulletin uses two or three. */
    static final int MAX_NESTING = 16;

    /** {@code *}, {@code _} and {@code -} in a row, spaces between them allowed. */
    static final int MAX_MARK_RUN = 200;

    /**
     * Characters in a paragraph (lines without a blank line between them). flexmark copies the whole
     * paragraph each time it tries an entity, a link, an autolink or code at one of the characters
     * in {@link #INLINE_STARTS}, so that a paragraph of 20,000 references took minutes; an
     * article's paragraph has a few hundred characters.
     */
    static final int MAX_PARAGRAPH = 50_000;

    /** Those characters times the paragraph's length: 2,000 of them in 10,000 characters. */
    static final long MAX_INLINE_WORK = 20_000_000L;

    private static final String INLINE_STARTS = "&<`]";

    /** Nodes inside each other in the parsed tree: room for the block nesting allowed and inline markup within it. */
    static final int MAX_TREE_DEPTH = 2 * MAX_NESTING + 32;

    private static final int TAB_STOP = 4;

    private MarkdownLimits() {
    }

    /**
     * Adds an error for each place in {@code markdown}, whose first line is line {@code firstLine} of
     * {@code file}, that nests too deep to be parsed; true if there is none.
     */
    static boolean checkSource(String markdown, Path file, int firstLine, Problems problems) {
        boolean ok = true;
        List<Integer> open = new ArrayList<>();
        boolean tooDeep = false;
        int paragraphLine = 0;
        int paragraphLength = 0;
        long paragraphStarts = 0;
        boolean paragraphReported = false;
        int lineNumber = firstLine;
        for (int start = 0; start <= markdown.length(); lineNumber++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            String line = markdown.substring(start, end);
            start = end + 1;
            int marks = longestMarkRun(line);
            if (marks > MAX_MARK_RUN) {
                problems.error(file, lineNumber, "这一行连着写了 " + marks + " 个 *、_ 或 - 号，无法排版。请删去多余的符号。");
                ok = false;
                open.clear();
                continue;
            }
            if (line.isBlank()) {
                paragraphLength = 0;
                paragraphStarts = 0;
                paragraphReported = false;
                continue;
            }
            if (paragraphLength == 0) {
                paragraphLine = lineNumber;
            }
            paragraphLength += line.length() + 1;
            paragraphStarts += inlineStarts(line);
            if (!paragraphReported && paragraphLength > MAX_PARAGRAPH) {
                problems.error(file, paragraphLine, "这一段超过 " + MAX_PARAGRAPH + " 个字，太长，无法排版。请在段与段之间空一行。");
                paragraphReported = true;
                ok = false;
            } else if (!paragraphReported && paragraphStarts * paragraphLength > MAX_INLINE_WORK) {
                problems.error(file, paragraphLine, "这一段的 &、<、` 或 ] 符号太多，无法排版。请删去多余的符号，或分成几段。");
                paragraphReported = true;
                ok = false;
            }
            int depth = containers(line.indexOf('\t') < 0 ? line : expandTabs(line), open);
            if (depth > MAX_NESTING && !tooDeep) {
                problems.error(file, lineNumber, "这里的引用或列表套了 " + depth + " 层，最多只能套 " + MAX_NESTING
                        + " 层，无法排版。请检查行首的 >、- 或缩进是否多写了。");
                ok = false;
            }
            tooDeep = depth > MAX_NESTING;
            if (tooDeep) {
                // Reported once; the deeper lines that follow need not be walked container by container.
                open.subList(MAX_NESTING, open.size()).clear();
            }
        }
        return ok;
    }

    /**
     * The block quotes and list items a line is in, after the containers of the lines before it,
     * {@code open}, which it updates. Each is the width its content is indented by: 0 for a quote,
     * which is continued by a {@code >}, and more for a list item, continued by that much indentation.
     * This follows CommonMark's block structure closely enough to count nesting, never less than it is.
     */
    private static int containers(String line, List<Integer> open) {
        int pos = 0;
        int matched = 0;
        for (int width : open) {
            int spaces = spaces(line, pos);
            if (width == 0) {
                if (spaces > 3 || pos + spaces >= line.length() || line.charAt(pos + spaces) != '>') {
                    break;
                }
                pos = afterQuoteMark(line, pos + spaces);
            } else {
                if (spaces < width) {
                    break;
                }
                pos += width;
            }
            matched++;
        }
        open.subList(matched, open.size()).clear();
        while (pos < line.length()) {
            int spaces = spaces(line, pos);
            int mark = pos + spaces;
            if (spaces > 3 || mark >= line.length()) {
                break;
            }
            if (line.charAt(mark) == '>') {
                open.add(0);
                pos = afterQuoteMark(line, mark);
                continue;
            }
            int markEnd = listMarkEnd(line, mark);
            if (markEnd < 0) {
                break;
            }
            int after = spaces(line, markEnd);
            int width = markEnd - pos + (after >= 1 && after <= 4 ? after : 1);
            open.add(width);
            pos = Math.min(line.length(), pos + width);
        }
        return open.size();
    }

    /** How many of {@link #INLINE_STARTS} the line has: a loop, since it runs over every line of every issue. */
    private static int inlineStarts(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (INLINE_STARTS.indexOf(line.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static int afterQuoteMark(String line, int mark) {
        return mark + 1 < line.length() && line.charAt(mark + 1) == ' ' ? mark + 2 : mark + 1;
    }

    /** The end of a list marker ({@code -}, {@code +}, {@code *}, {@code 1.} or {@code 1)}) at {@code at}, or -1. */
    private static int listMarkEnd(String line, int at) {
        char c = line.charAt(at);
        int end;
        if (c == '-' || c == '+' || c == '*') {
            end = at + 1;
        } else {
            end = at;
            while (end < line.length() && end - at < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
                end++;
            }
            if (end == at || end >= line.length() || line.charAt(end) != '.' && line.charAt(end) != ')') {
                return -1;
            }
            end++;
        }
        return end == line.length() || line.charAt(end) == ' ' ? end : -1;
    }

    private static int spaces(String line, int from) {
        int end = from;
        while (end < line.length() && line.charAt(end) == ' ') {
            end++;
        }
        return end - from;
    }

    private static String expandTabs(String line) {
        StringBuilder expanded = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                expanded.append(" ".repeat(TAB_STOP - expanded.length() % TAB_STOP));
            } else {
                expanded.append(c);
            }
        }
        return expanded.toString();
    }

    /** The most {@code *}, {@code _} and {@code -} marks in a stretch of the line made only of them, spaces and tabs. */
    private static int longestMarkRun(String line) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '*' || c == '_' || c == '-') {
                longest = Math.max(longest, ++run);
            } else if (c != ' ' && c != '\t') {
                run = 0;
            }
        }
        return longest;
    }

    /**
     * Adds an error if the parsed {@code document} nests deeper than can be rendered, as emphasis
     * inside emphasis thousands deep does; true if it does not. Walks the tree without recursion.
     */
    static boolean checkTree(Document document, String markdown, Path file, int firstLine, Problems problems) {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > MAX_TREE_DEPTH) {
                    problems.error(file, firstLine + newlinesBefore(markdown, node.getStartOffset()),
                            "这里的强调（* 或 _）或链接套了太多层，无法排版。请检查是否多写了符号。");
                    return false;
                }
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return true;
    }

    private static int newlinesBefore(String text, int offset) {
        int count = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
