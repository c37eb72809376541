package jianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** An expression, and its characters to compare with those of the text. */
    private record Expression(String text, char[] chars) {
    }

    private final List<String> expressions;
    /** The expressions by their first, and by their last, character; null for none. */
    private final Expression[][] byFirst;
    private final Expression[][] byLast;

    StandardExpressions(List<String> expressions) {
        this.expressions = expressions.stream().filter(e -> e.length() >= MIN_LENGTH).toList();
        List<Expression> all = this.expressions.stream().map(e -> new Expression(e, e.toCharArray())).toList();
        byFirst = byCharacter(all, e -> e.chars()[0]);
        byLast = byCharacter(all, e -> e.chars()[e.chars().length - 1]);
    }

    private static Expression[][] byCharacter(List<Expression> expressions, Function<Expression, Character> key) {
        Map<Character, List<Expression>> grouped = new LinkedHashMap<>();
        expressions.forEach(e -> grouped.computeIfAbsent(key.apply(e), c -> new ArrayList<>()).add(e));
        Expression[][] table = new Expression[Character.MAX_VALUE + 1][];
        grouped.forEach((c, list) -> table[c] = list.toArray(Expression[]::new));
        return table;
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        char[] chars = block.chars();
        int reportedUntil = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // A near-miss keeps the first or the last character of the expression (one character differs).
            if (byFirst[c] != null) {
                for (Expression expression : byFirst[c]) {
                    reportedUntil = check(block, expression, i, reportedUntil, found);
                }
            }
            if (byLast[c] != null) {
                for (Expression expression : byLast[c]) {
                    int n = expression.chars().length;
                    reportedUntil = check(block, expression, i - n + 1, reportedUntil, found);
                    reportedUntil = check(block, expression, i - n + 2, reportedUntil, found);
                }
            }
        }
    }

    /** Checks the runs at {@code start} of the expression's length and one less; returns where reports may start again. */
    private int check(ProseBlock block, Expression expression, int start, int reportedUntil, List<Finding> found) {
        char[] chars = block.chars();
        int n = expression.chars().length;
        if (start < reportedUntil || start < 0) {
            return reportedUntil;
        }
        for (int length = n; length >= n - 1; length--) {
            if (start + length > chars.length) {
                continue;
            }
            String how = length == n ? sameLength(chars, start, expression.chars()) : missing(chars, start, expression.chars());
            if (how == null) {
                continue;
            }
            String text = block.text();
            String run = text.substring(start, start + length);
            if (!expressions.contains(run) && !nearWrittenExpression(text, expression.text(), start, start + length)) {
                found.add(block.finding(FindingKind.STANDARD_EXPRESSIONS, start, start + length, "“" + run + "”与规范表述“"
                        + expression.text() + "”" + how + "，请核对。如果本来就不是这个表述，可以忽略。"));
                return start + length;
            }
        }
        return reportedUntil;
    }

    /** How the run at {@code start} of the expression's length differs: one wrong character or two swapped; null if otherwise. */
    private static String sameLength(char[] text, int start, char[] expression) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < expression.length && count <= 2; i++) {
            if (text[start + i] != expression[i]) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        if (count == 0 || count > 2) {
            return null;
        }
        char written = text[start + first];
        char right = expression[first];
        if (count == 1 && Homophones.alike(written, right)) {
            return "差一个字（“" + written + "”应为“" + right + "”）";
        }
        if (count == 2 && first + 1 < expression.length && written == expression[first + 1]
                && text[start + first + 1] == right) {
            return "有两个字颠倒了";
        }
        return null;
    }

    /** Whether the run at {@code start}, one shorter, is the expression without one of its inner characters; how, or null. */
    private static String missing(char[] text, int start, char[] expression) {
        int n = expression.length;
        int same = 0;
        while (same < n - 1 && text[start + same] == expression[same]) {
            same++;
        }
        // The run matches the expression up to the missing character, and the rest after it.
        int k = same;
        if (k < 1 || k > n - 2 || isPunctuation(expression[k])) {
            return null;
        }
        for (int i = k; i < n - 1; i++) {
            if (text[start + i] != expression[i + 1]) {
                return null;
            }
        }
        return "少了一个“" + expression[k] + "”字";
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
