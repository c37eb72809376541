package jianbao.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mistaken and nonstandard forms of a word list (台帐 for 台账, 布署 for 部署). A form is not reported
 * where it overlaps one of its look-alikes, the correct words that contain its characters (帐篷 in
 * 面对帐篷 for 对帐). Only a form with exactly one correct form gets a fix.
 */
final class MistakenForms implements LanguageRule {

    /** The forms by their first character, longer forms first, so that the longest is reported; null for none. */
    private final LanguageSettings.MistakenForm[][] byFirst = new LanguageSettings.MistakenForm[Character.MAX_VALUE + 1][];
    /**
     * Whether a form of two or more characters starts with two characters, by a hash of the two, and
     * whether a form is one character: quick tests for every character of the text, most of which start no form.
     */
    private final boolean[] startPairs = new boolean[1 << 16];
    private final boolean[] oneCharacter = new boolean[Character.MAX_VALUE + 1];

    MistakenForms(Collection<LanguageSettings.MistakenForm> forms) {
        Map<Character, List<LanguageSettings.MistakenForm>> grouped = new HashMap<>();
        for (LanguageSettings.MistakenForm form : forms) {
            String wrong = form.wrong();
            grouped.computeIfAbsent(wrong.charAt(0), c -> new ArrayList<>()).add(form);
            if (wrong.length() == 1) {
                oneCharacter[wrong.charAt(0)] = true;
            } else {
                startPairs[pair(wrong.charAt(0), wrong.charAt(1))] = true;
            }
        }
        grouped.forEach((first, list) -> {
            list.sort((a, b) -> b.wrong().length() - a.wrong().length());
            byFirst[first] = list.toArray(LanguageSettings.MistakenForm[]::new);
        });
    }

    private static int pair(char first, char second) {
        return (first * 31 + second) & 0xFFFF;
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        char[] chars = block.chars();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (byFirst[c] == null || !oneCharacter[c] && (i + 1 == chars.length || !startPairs[pair(c, chars[i + 1])])) {
                continue;
            }
            for (LanguageSettings.MistakenForm form : byFirst[c]) {
                String wrong = form.wrong();
                if (startsWith(chars, wrong, i) && !insideLookAlike(block.text(), i, i + wrong.length(), form.lookAlikes())) {
                    boolean single = form.correct().size() == 1;
                    found.add(block.finding(FindingKind.MISTAKEN_FORMS, i, i + wrong.length(), "“" + wrong + "”是错别字或不规范的写法，应写作“"
                            + String.join("”或“", form.correct()) + "”。", single ? form.correct().get(0) : null));
                    i += wrong.length() - 1;
                    break;
                }
            }
        }
    }

    private static boolean startsWith(char[] chars, String word, int at) {
        if (at + word.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideLookAlike(String text, int start, int end, List<String> lookAlikes) {
        for (String word : lookAlikes) {
            int from = Math.max(0, start - word.length() + 1);
            for (int at = text.indexOf(word, from); at >= 0 && at < end; at = text.indexOf(word, at + 1)) {
                if (at + word.length() > start) {
                    return true;
                }
            }
        }
        return false;
    }
}
