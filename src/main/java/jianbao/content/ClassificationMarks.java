package jianbao.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the markings that keep a bulletin from the public: 内部资料 (注意保存) and the
 * classifications 秘密, 机密 and 绝密, often with a ★ and a term (秘密★1年). Nothing so marked is
 * ever published, so both the content loader and the importer refuse text that carries one.
 *
 * <p>A marking is a line of its own (or a front matter value) made of the mark and little else,
 * a classification joined to a ★, or a marking in brackets (上街信息（内部资料）), anywhere in a line; the same words inside a sentence, such as
 * 保守国家秘密, are not markings.
 */
public final class ClassificationMarks {

    private static final String CLASSIFICATION = "(?:秘密|机密|绝密)";

    /** A line that is only a marking, perhaps after a front matter key or a heading mark, with a term or 注意保存. */
    private static final Pattern MARKING_LINE = Pattern.compile(
            "^[\\s#>*]*+(?:[\\w\\u4e00-\\u9fff-]{1,12}\\s*[:：]\\s*)?[【\\[（(]?\\s*[★☆]?\\s*(内部资料|" + CLASSIFICATION + ")\\s*[】\\]）)]?"
                    + "\\s*(?:[★☆][^。！？]{0,12}|注意保存|请?妥善保管|严禁外传)?\\s*[】\\]）)]?[\\s*]*$", Pattern.UNICODE_CHARACTER_CLASS);

    /** A classification with its star, wherever it stands. */
    private static final Pattern STARRED = Pattern.compile("[★☆]\\s*" + CLASSIFICATION + "|" + CLASSIFICATION + "\\s*[★☆]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A marking in brackets after a name, such as 上街信息（内部资料）. */
    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[]\\s*(?:内部资料|" + CLASSIFICATION + ")\\s*[）)】\\]]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** 内部资料 with its usual companion words, wherever it stands. */
    private static final Pattern INTERNAL = Pattern.compile("内部资料\\s*[，,、]?\\s*(?:注意保存|请?妥善保管|严禁外传|不得外传)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ClassificationMarks() {
    }

    /** The words every marking holds: a line without any of them is passed over without a regular expression. */
    private static final Pattern MARKING_WORD = Pattern.compile("内部资料|" + CLASSIFICATION);

    /** The marking {@code line} carries, as written, or empty. */
    public static Optional<String> in(String line) {
        // Every classification ends in 密: a character search passes over most lines faster than the expression.
        if (line.indexOf('密') < 0 && !line.contains("内部资料") || !MARKING_WORD.matcher(line).find()) {
            return Optional.empty();
        }
        Matcher whole = MARKING_LINE.matcher(line);
        if (whole.matches()) {
            return Optional.of(line.strip());
        }
        for (Pattern pattern : new Pattern[]{STARRED, BRACKETED, INTERNAL}) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** The first line of {@code text} with a marking: its 1-based number and the marking, or empty. */
    public static Optional<Found> first(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Optional<String> marking = in(lines[i]);
            if (marking.isPresent()) {
                return Optional.of(new Found(i + 1, marking.get()));
            }
        }
        return Optional.empty();
    }

    /** A marking and the 1-based line it was found on. */
    public record Found(int line, String marking) {
    }
}
