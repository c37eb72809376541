package jianbao.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-misses of fixed standard expressions (规范表述): a run of text that differs from a listed
 * expression by one wrong character, a missing character inside it, or two neighbouring characters
 * swapped. A difference in punctuation alone is not reported, nor a run that is itself listed. In an
 * expression of four characters, which ordinary text often comes one character close to (四是全面 for
 * 四个全面), a wrong character counts only when it sounds like the right one, the slip of a pinyin
 * input method (两学一作); in a longer one, any wrong character inside it counts.
 */
final class StandardExpressions implements LanguageRule {

    /** Shorter expressions are too easily one character away from ordinary words. */
    static final int MIN_LENGTH = 4;

    private final List<String> expressions;
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    private final Map<Character, List<String>> byLast = new HashMap<>();

    StandardExpressions(List<String> expressions) {
        this.expressions = expressions.stream().filter(e -> e.length() >= MIN_LENGTH).toList();
        for (String expression : this.expressions) {
            byFirst.computeIfAbsent(expression.charAt(0), c -> new ArrayList<>()).add(expression);
            byLast.computeIfAbsent(expression.charAt(expression.length() - 1), c -> new ArrayList<>()).add(expression);
        }
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        String text = block.text();
        int reportedUntil = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
            String run = text.substring(start, start + length);
            String how = length == n ? sameLength(run, expression) : missing(run, expression);
            if (how != null && !expressions.contains(run) && !nearWrittenExpression(text, expression, start, start + length)) {
                found.add(block.finding(FindingKind.STANDARD_EXPRESSIONS, start, start + length, "“" + run + "”与规范表述“"
                        + expression + "”" + how + "，请核对。如果本来就不是这个表述，可以忽略。"));
                return start + length;
            }
        }
        return reportedUntil;
    }

    /** How a run of the same length differs: one wrong character or two swapped; null if otherwise. */
    private static String sameLength(String run, String expression) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < run.length(); i++) {
            if (run.charAt(i) != expression.charAt(i)) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        if (count == 1 && !isPunctuation(run.charAt(first)) && !isPunctuation(expression.charAt(first))
                && (Homophones.alike(run.charAt(first), expression.charAt(first))
                || run.length() > MIN_LENGTH && first > 0 && first < run.length() - 1)) {
            return "差一个字（“" + run.charAt(first) + "”应为“" + expression.charAt(first) + "”）";
        }
        if (count == 2 && first + 1 < run.length() && run.charAt(first) == expression.charAt(first + 1)
                && run.charAt(first + 1) == expression.charAt(first)) {
            return "有两个字颠倒了";
        }
        return null;
    }

    /** Whether the run is the expression without one of its inner characters; how, or null. */
    private static String missing(String run, String expression) {
        for (int k = 1; k < expression.length() - 1; k++) {
            if (!isPunctuation(expression.charAt(k)) && expression.startsWith(run.substring(0, k))
                    && expression.startsWith(run.substring(k), k + 1)) {
                return "少了一个“" + expression.charAt(k) + "”字";
            }
        }
        return null;
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
