package jianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the headline ends in the first paragraph of an article. The printed bulletin runs the
 * headline straight into the body, and text extraction leaves a space between them:
 * {@code 区先进制造业开发区加速推进重点项目建设 一是定期召开…}. A Word document usually sets the
 * headline as a bold run instead.
 */
final class HeadlineBoundary {

    /** Longest headline believed; longer leads are sentences of a body. */
    static final int MAX_HEADLINE = 60;

    private static final int MIN_SURE_HEADLINE = 6;
    private static final Pattern BOLD_LEAD = Pattern.compile("(?U)^\\*\\*([^*]+)\\*\\*\\s*(.+)$");
    private static final Pattern SPACE_BEFORE_FIRST_POINT = Pattern.compile("(?U)\\s+一是");
    private static final String SENTENCE_PUNCTUATION = "，。；！？,;!?…";

    /** How the boundary was found. */
    enum Kind {
        /** The paragraph starts with a bold run: the headline of a Word document. */
        BOLD,
        /** A space before 一是, the usual start of a body. */
        BEFORE_FIRST_POINT,
        /** No space before 一是, which still starts the body. */
        NO_SPACE,
        /** A space before the first sentence punctuation, where there is no 一是. */
        AT_SPACE
    }

    /**
     * A headline and the body after it.
     *
     * @param doubt why the split may be wrong, or null when it is clear
     */
    record Split(String headline, String body, Kind kind, String doubt) {

        boolean sure() {
            return doubt == null;
        }

        /**
         * Whether the split is clear enough to start a new article even where the paragraph
         * before seems to run on into this one: a bold headline, or a space before 一是.
         */
        boolean strong() {
            return kind == Kind.BOLD && sure() || kind == Kind.BEFORE_FIRST_POINT;
        }
    }

    private HeadlineBoundary() {
    }

    /** The headline at the start of {@code paragraph}, if it has one. */
    static Optional<Split> find(String paragraph) {
        Matcher bold = BOLD_LEAD.matcher(paragraph);
        if (bold.matches() && isHeadline(bold.group(1).strip()) && !startsWithPunctuation(bold.group(2))) {
            String headline = plain(bold.group(1));
            String doubt = headline.length() < MIN_SURE_HEADLINE ? "加粗的“" + headline + "”很短，可能不是标题" : null;
            return Optional.of(new Split(headline, bold.group(2), Kind.BOLD, doubt));
        }
        int firstPunctuation = firstSentencePunctuation(paragraph);
        Matcher point = SPACE_BEFORE_FIRST_POINT.matcher(paragraph);
        if (point.find() && point.start() < firstPunctuation) {
            String headline = plain(paragraph.substring(0, point.start()));
            if (isHeadline(headline)) {
                String doubt = headline.chars().anyMatch(Character::isWhitespace)
                        ? "标题“" + headline + "”中间有空格，已按“一是”之前分出标题并保留空格" : null;
                return Optional.of(new Split(headline, paragraph.substring(point.end() - 2), Kind.BEFORE_FIRST_POINT, doubt));
            }
        }
        int noSpace = paragraph.indexOf("一是");
        if (noSpace >= 4 && noSpace < firstPunctuation && isHeadline(paragraph.substring(0, noSpace))) {
            String headline = plain(paragraph.substring(0, noSpace));
            return Optional.of(new Split(headline, paragraph.substring(noSpace), Kind.NO_SPACE,
                    "标题和正文之间没有空格，已在“一是”之前分出标题“" + headline + "”"));
        }
        List<Integer> spaces = candidateSpaces(paragraph, firstPunctuation);
        if (!spaces.isEmpty()) {
            int space = spaces.get(spaces.size() - 1);
            String headline = plain(paragraph.substring(0, space));
            String body = paragraph.substring(space).strip();
            if (isHeadline(headline) && !body.isEmpty()) {
                String doubt = null;
                if (spaces.size() > 1) {
                    doubt = "标题和正文之间没有“一是”可作分界，前面又有几个空格，已在最后一个空格处分出标题“" + headline + "”";
                } else if (headline.length() < MIN_SURE_HEADLINE) {
                    doubt = "分出的标题“" + headline + "”很短，可能不是标题";
                }
                return Optional.of(new Split(headline, body, Kind.AT_SPACE, doubt));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code paragraph} could be a headline standing alone on its line: short, with no
     * sentence punctuation, and with its quotes and brackets closed.
     */
    static boolean couldStandAlone(String paragraph) {
        String text = paragraph.replace("**", "").strip();
        return isHeadline(text) && count(text, '“') == count(text, '”') && count(text, '（') == count(text, '）')
                && count(text, '《') == count(text, '》');
    }

    /** Whether {@code text} has a comma, full stop or other punctuation inside or at the end of a sentence. */
    static boolean hasSentencePunctuation(String text) {
        return firstSentencePunctuation(text) < text.length();
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /**
     * Spaces before {@code end} that could separate a headline from the body. Spaces that text
     * extraction put inside a number with its units ({@code 8 月 9 日}) are not among them; the one
     * before the number is.
     */
    private static List<Integer> candidateSpaces(String paragraph, int end) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            if (Character.isWhitespace(paragraph.charAt(i)) && !Character.isWhitespace(paragraph.charAt(i - 1))
                    && !insideNumber(paragraph, i)) {
                spaces.add(i);
            }
        }
        return spaces;
    }

    /** Whether the space at {@code i} follows a digit, or a unit that follows a digit (the space in 8 月 9). */
    private static boolean insideNumber(String text, int i) {
        if (isAsciiDigit(text.charAt(i - 1))) {
            return true;
        }
        boolean digitAfter = i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1));
        int beforeUnit = i - 2;
        while (beforeUnit >= 0 && Character.isWhitespace(text.charAt(beforeUnit))) {
            beforeUnit--;
        }
        return digitAfter && beforeUnit >= 0 && isAsciiDigit(text.charAt(beforeUnit));
    }

    /** A headline as written in the issue source: no bold marks, single spaces. */
    private static String plain(String headline) {
        return headline.replace("**", "").strip().replaceAll("(?U)\\s+", " ");
    }

    private static boolean isHeadline(String text) {
        return !text.isBlank() && text.length() <= MAX_HEADLINE && firstSentencePunctuation(text) == text.length()
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static int firstSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean startsWithPunctuation(String text) {
        return !text.isEmpty() && SENTENCE_PUNCTUATION.indexOf(text.charAt(0)) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
