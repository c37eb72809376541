package jianbao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-misses of fixed standard expressions (规范表述): a run of text that differs from a listed
 * expression by one wrong character, a missing character inside it, or two neighbouring characters
 * swapped. A difference in punctuation alone is not reported, nor a run that is itself listed. A wrong
 * character counts only when it sounds like the right one, the slip of a pinyin input method (两学一作):
 * ordinary text and other expressions often come one character close to a listed one (四是全面 and
 * 四个全面, 党纪学习教育 and 党史学习教育).
 */
final class StandardExpressions implements LanguageRule {

    /** Shorter expressions are too easily one character away from ordinary words. */
    static final int MIN_LENGTH = 4;

    private final List<String> expressions;
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();
    /** Whether an expression starts or ends with the character: a quick test for every character of the text. */
    private final boolean[] anchors = new boolean[Character.MAX_VALUE + 1];

    StandardExpressions(List<String> expressions) {
        this.expressions = expressions.stream().filter(e -> e.length() >= MIN_LENGTH).toList();
        for (String expression : this.expressions) {
            byFirst.computeIfAbsent(expression.charAt(0), c -> new ArrayList<>()).add(expression);
            byLast.computeIfAbsent(expression.charAt(expression.length() - 1), c -> new ArrayList<>()).add(expression);
            anchors[expression.charAt(0)] = true;
            anchors[expression.charAt(expression.length() - 1)] = true;
        }
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        String text = block.text();
        int reportedUntil = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!anchors[c]) {
                continue;
            }
            // A near-miss keeps the first or the last character of the expression (one character differs).
            for (String expression : byFirst.getOrDefault(c, List.of())) {
                reportedUntil = check(block, expression, i, reportedUntil, found);
            }
            for (String expression : byLast.getOrDefault(c, List.of())) {
                int n = expression.length();
                reportedUntil = check(block, expression, i - n + 1, reportedUntil, found);
                reportedUntil = check(block, expression, i - n + 2, reportedUntil, found);
            }
        }
    }

    /** Checks the runs at {@code start} of the expression's length and one less; returns where reports may start again. */
    private int check(ProseBlock block, String expression, int start, int reportedUntil, List<Finding> found) {
        String text = block.text();
        int n = expression.length();
        if (start < reportedUntil || start < 0) {
            return reportedUntil;
        }
        for (int length : new int[] {n, n - 1}) {
            if (start + length > text.length()) {
                continue;
            }
            String how = length == n ? sameLength(text, start, expression) : missing(text, start, expression);
            if (how == null) {
                continue;
            }
            String run = text.substring(start, start + length);
            if (!expressions.contains(run) && !nearWrittenExpression(text, expression, start, start + length)) {
                found.add(block.finding(FindingKind.STANDARD_EXPRESSIONS, start, start + length, "“" + run + "”与规范表述“"
                        + expression + "”" + how + "，请核对。如果本来就不是这个表述，可以忽略。"));
                return start + length;
            }
        }
        return reportedUntil;
    }

    /** How the run at {@code start} of the expression's length differs: one wrong character or two swapped; null if otherwise. */
    private static String sameLength(String text, int start, String expression) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < expression.length() && count <= 2; i++) {
            if (text.charAt(start + i) != expression.charAt(i)) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        if (count == 0 || count > 2) {
            return null;
        }
        char written = text.charAt(start + first);
        char right = expression.charAt(first);
        if (count == 1 && Homophones.alike(written, right)) {
            return "差一个字（“" + written + "”应为“" + right + "”）";
        }
        if (count == 2 && first + 1 < expression.length() && written == expression.charAt(first + 1)
                && text.charAt(start + first + 1) == right) {
            return "有两个字颠倒了";
        }
        return null;
    }

    /** Whether the run at {@code start}, one shorter, is the expression without one of its inner characters; how, or null. */
    private static String missing(String text, int start, String expression) {
        int n = expression.length();
        int same = 0;
        while (same < n - 1 && text.charAt(start + same) == expression.charAt(same)) {
            same++;
        }
        // The run matches the expression up to the missing character, and the rest after it.
        int k = same;
        if (k < 1 || k > n - 2 || isPunctuation(expression.charAt(k))
                || !text.regionMatches(start + k, expression, k + 1, n - 1 - k)) {
            return null;
        }
        return "少了一个“" + expression.charAt(k) + "”字";
    }

    /**
     * Whether the run overlaps {@code expression} written correctly, or lies inside another listed
     * expression written correctly.
     */
    private boolean nearWrittenExpression(String text, String expression, int start, int end) {
        for (String written : expressions) {
            int from = Math.max(0, start - written.length() + 1);
            int at = text.indexOf(written, from);
            if (at >= 0 && at < end && (written.equals(expression) || at <= start && at + written.length() >= end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
