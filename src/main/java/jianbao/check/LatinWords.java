package jianbao.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Latin words inside Chinese text that are not known acronyms, names or units: most often a word of
 * a draft or a translation left behind (柔性 with 刚性执法). Words inside quotation marks or brackets
 * with no Chinese in them (an English title, a gloss) are left alone, and so are numbers with a unit
 * (5km), single letters (A级) and codes of letters and digits (G310, H1N1).
 */
final class LatinWords implements LanguageRule {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:[-.+&'’/·][A-Za-z0-9]+)*\\+?");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("[0-9]+(?:\\.[0-9]+)?([A-Za-z][A-Za-z0-9²³/]*)");
    /** A single letter, a Roman numeral, a code of letters and digits: A级, IV, G310, K1234, H1N1. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}[0-9]+[A-Z]?|[A-Z]+[0-9]+(?:[A-Z]+[0-9]+)+|[A-Za-z]|[IVX]+");
    private static final String OPENERS = "“‘《〈（(【「『\"'";
    private static final String CLOSERS = "”’》〉）)】」』\"'";

    private final Set<String> allowed;

    /** @param allowed the words that may appear, compared without regard to case */
    LatinWords(Set<String> allowed) {
        this.allowed = allowed.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        if (!hasLatinLetter(block.chars())) {
            return;  // most paragraphs: a word of digits alone is never reported
        }
        String text = block.text();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!word.chars().anyMatch(Character::isLetter) || isAllowed(word) || !amidChinese(text, m.start(), m.end())
                    || isQuoted(text, m.start(), m.end())) {
                continue;
            }
            found.add(block.finding(FindingKind.LATIN_WORDS, m.start(), m.end(), "中文里夹着外文“" + word
                    + "”，是不是录入时留下的？如果是应当保留的缩写、名称或单位，请把它加到 content/words.yaml 的 allowed_latin 中。"));
        }
    }

    private static boolean hasLatinLetter(char[] chars) {
        for (char c : chars) {
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private boolean isAllowed(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (allowed.contains(lower) || CODE.matcher(word).matches()) {
            return true;
        }
        Matcher unit = NUMBER_AND_UNIT.matcher(word);
        return unit.matches() && allowed.contains(unit.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether Chinese is the nearest writing on either side, spaces and Latin phrases aside. */
    private static boolean amidChinese(String text, int start, int end) {
        return ProseBlock.isHan(neighbour(text, start, -1)) || ProseBlock.isHan(neighbour(text, end - 1, 1));
    }

    /**
     * Whether the word is part of a Latin phrase (words, spaces and Latin punctuation) between a pair of
     * quotation marks or brackets, such as “Made in China” or （Artificial Intelligence）.
     */
    private static boolean isQuoted(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && isLatinPhrase(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && isLatinPhrase(text.charAt(after))) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return false;
        }
        int open = OPENERS.indexOf(text.charAt(before));
        return open >= 0 && CLOSERS.charAt(open) == text.charAt(after);
    }

    private static boolean isLatinPhrase(char c) {
        return c < 0x80 && c != '"' && c != '\'' && c != '(' && c != ')';
    }

    /** The first character other than a space from {@code at} in {@code direction}, or 0. */
    private static int neighbour(String text, int at, int direction) {
        for (int i = at + direction; i >= 0 && i < text.length(); i += direction) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u3000') {
                return c;
            }
        }
        return 0;
    }
}
