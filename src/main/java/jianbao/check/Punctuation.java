package jianbao.check;

import java.util.Arrays;
import java.util.List;

/**
 * Punctuation of Chinese text: half-width marks between Chinese characters (with their fix, the
 * full-width mark), quotation marks and brackets left unclosed or closed without opening, the same
 * mark typed twice (，，), and a full-width space inside a sentence.
 */
final class Punctuation implements LanguageRule {

    private static final String HALF_WIDTH = ",;:?!()";
    private static final String FULL_WIDTH = "，；：？！（）";
    private static final String OPENERS = "“‘《（【";
    private static final String CLOSERS = "”’》）】";
    /** Marks that are never right twice in a row; …… and —— are. */
    private static final String SINGLE = "，。、；：？！";
    private static final char FULL_WIDTH_SPACE = '\u3000';

    /** Which of the marks above each character is, as bits: a quick test for every character of the text. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final int HALF = 1;
    private static final int OPENER = 2;
    private static final int CLOSER = 4;
    private static final int NOT_TWICE = 8;
    private static final int SPACE = 16;

    static {
        kind(HALF_WIDTH, HALF);
        kind(OPENERS, OPENER);
        kind(CLOSERS, CLOSER);
        kind(SINGLE, NOT_TWICE);
        kind(String.valueOf(FULL_WIDTH_SPACE), SPACE);
    }

    private static void kind(String marks, int kind) {
        marks.chars().forEach(c -> KINDS[c] |= kind);
    }

    private static boolean is(char c, int kinds) {
        return (KINDS[c] & kinds) != 0;
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        char[] text = block.chars();
        halfWidth(block, text, found);
        pairs(block, text, found);
        for (int i = 1; i < text.length; i++) {
            char c = text[i];
            if (!is(c, NOT_TWICE | SPACE)) {
                continue;
            }
            char before = text[i - 1];
            if (is(c, NOT_TWICE) && is(before, NOT_TWICE)) {
                found.add(block.finding(FindingKind.PUNCTUATION, i - 1, i + 1, "标点“" + before + c + "”重复了，请删去一个。"));
            } else if (c == FULL_WIDTH_SPACE && !Character.isWhitespace(before) && i + 1 < text.length
                    && !Character.isWhitespace(text[i + 1])) {
                found.add(block.finding(FindingKind.PUNCTUATION, i, i + 1, "句子中间有一个全角空格，请删去。"));
            }
        }
    }

    /** A half-width mark with Chinese before it and after it (spaces after it aside). */
    private static void halfWidth(ProseBlock block, char[] text, List<Finding> found) {
        for (int i = 1; i < text.length - 1; i++) {
            if (!is(text[i], HALF)) {
                continue;
            }
            int mark = HALF_WIDTH.indexOf(text[i]);
            char full = FULL_WIDTH.charAt(mark);
            int next = i + 1;
            while (next < text.length - 1 && text[next] == ' ') {
                next++;
            }
            char after = text[next];
            char before = text[i - 1];
            boolean chinese = text[i] == '('
                    ? isChinese(after) && (isChinese(before) || before == ' ') && closes(text, next)
                    : text[i] == ')' ? isChinese(before) && (isChinese(after) || isEndOfChineseSentence(after))
                    : isChinese(before) && isChinese(after);
            if (chinese) {
                int end = text[i] == '(' || text[i] == ')' ? i + 1 : next;
                found.add(block.finding(FindingKind.PUNCTUATION, i, end, "中文里用了半角的“" + text[i]
                        + "”，应为全角的“" + full + "”。", String.valueOf(full)));
            }
        }
    }

    /** Whether a half-width ( at {@code from} is closed by a ) before the end of the sentence. */
    private static boolean closes(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            if (c == ')') {
                return true;
            }
            if (c == '(' || c == '。' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean isChinese(char c) {
        return ProseBlock.isHan(c) || OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
    }

    private static boolean isEndOfChineseSentence(char c) {
        return "，。、；：？！".indexOf(c) >= 0;
    }

    /** Quotation marks and brackets that are not closed, or closed without being opened, within the paragraph. */
    private static void pairs(ProseBlock block, char[] text, List<Finding> found) {
        int[] open = new int[8];  // where the marks still open are, the last opened last
        int depth = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (is(c, OPENER)) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if (is(c, CLOSER) && !(c == '’' && isApostrophe(text, i))) {
                char opener = OPENERS.charAt(CLOSERS.indexOf(c));
                int pair = depth - 1;
                while (pair >= 0 && text[open[pair]] != opener) {
                    pair--;
                }
                if (pair < 0) {
                    found.add(block.finding(FindingKind.PUNCTUATION, i, i + 1, "“" + c + "”前面没有与它配对的“" + opener + "”。"));
                    continue;
                }
                // Marks opened inside the pair and never closed are reported, the pair itself is matched.
                while (depth - 1 > pair) {
                    unclosed(block, text, open[--depth], found);
                }
                depth--;
            }
        }
        for (int k = 0; k < depth; k++) {
            unclosed(block, text, open[k], found);
        }
    }

    private static void unclosed(ProseBlock block, char[] text, int at, List<Finding> found) {
        char c = text[at];
        found.add(block.finding(FindingKind.PUNCTUATION, at, at + 1, "“" + c + "”没有与它配对的“"
                + CLOSERS.charAt(OPENERS.indexOf(c)) + "”。"));
    }

    /** A ’ between Latin letters, as in China’s. */
    private static boolean isApostrophe(char[] text, int at) {
        return at > 0 && at + 1 < text.length && Character.isLetter(text[at - 1]) && text[at - 1] < 0x80
                && Character.isLetter(text[at + 1]) && text[at + 1] < 0x80;
    }
}
