package jianbao.check;

import java.util.ArrayDeque;
import java.util.Deque;
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

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        String text = block.text();
        halfWidth(block, text, found);
        pairs(block, text, found);
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (SINGLE.indexOf(c) >= 0 && SINGLE.indexOf(before) >= 0) {
                found.add(block.finding(FindingKind.PUNCTUATION, i - 1, i + 1, "标点“" + before + c + "”重复了，请删去一个。"));
            } else if (c == '\u3000' && !Character.isWhitespace(before) && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                found.add(block.finding(FindingKind.PUNCTUATION, i, i + 1, "句子中间有一个全角空格，请删去。"));
            }
        }
    }

    /** A half-width mark with Chinese before it and after it (spaces after it aside). */
    private static void halfWidth(ProseBlock block, String text, List<Finding> found) {
        for (int i = 1; i < text.length() - 1; i++) {
            int mark = HALF_WIDTH.indexOf(text.charAt(i));
            if (mark < 0) {
                continue;
            }
            char full = FULL_WIDTH.charAt(mark);
            int next = i + 1;
            while (next < text.length() - 1 && text.charAt(next) == ' ') {
                next++;
            }
            char after = text.charAt(next);
            char before = text.charAt(i - 1);
            boolean chinese = text.charAt(i) == '('
                    ? isChinese(after) && (isChinese(before) || before == ' ') && closes(text, next)
                    : text.charAt(i) == ')' ? isChinese(before) && (isChinese(after) || isEndOfChineseSentence(after))
                    : isChinese(before) && isChinese(after);
            if (chinese) {
                String written = text.substring(i, text.charAt(i) == '(' || text.charAt(i) == ')' ? i + 1 : next);
                found.add(block.finding(FindingKind.PUNCTUATION, i, i + written.length(), "中文里用了半角的“" + text.charAt(i)
                        + "”，应为全角的“" + full + "”。", String.valueOf(full)));
            }
        }
    }

    /** Whether a half-width ( at {@code from} is closed by a ) before the end of the sentence. */
    private static boolean closes(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
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
    private static void pairs(ProseBlock block, String text, List<Finding> found) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !(c == '’' && isApostrophe(text, i))) {
                char opener = OPENERS.charAt(CLOSERS.indexOf(c));
                if (open.stream().noneMatch(at -> text.charAt(at) == opener)) {
                    found.add(block.finding(FindingKind.PUNCTUATION, i, i + 1, "“" + c + "”前面没有与它配对的“" + opener + "”。"));
                    continue;
                }
                // Marks opened inside the pair and never closed are reported, the pair itself is matched.
                while (text.charAt(open.peek()) != opener) {
                    unclosed(block, text, open.pop(), found);
                }
                open.pop();
            }
        }
        while (!open.isEmpty()) {
            unclosed(block, text, open.pollLast(), found);
        }
    }

    private static void unclosed(ProseBlock block, String text, int at, List<Finding> found) {
        char c = text.charAt(at);
        found.add(block.finding(FindingKind.PUNCTUATION, at, at + 1, "“" + c + "”没有与它配对的“"
                + CLOSERS.charAt(OPENERS.indexOf(c)) + "”。"));
    }

    /** A ’ between Latin letters, as in China’s. */
    private static boolean isApostrophe(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) < 0x80
                && Character.isLetter(text.charAt(at + 1)) && text.charAt(at + 1) < 0x80;
    }
}
