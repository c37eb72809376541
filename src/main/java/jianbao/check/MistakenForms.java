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

    /** The forms by their first character, longer forms first, so that the longest is reported. */
    private final Map<Character, List<LanguageSettings.MistakenForm>> byFirst = new HashMap<>();
    /** Whether a form starts with the character: a quick test for every character of the text. */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    MistakenForms(Collection<LanguageSettings.MistakenForm> forms) {
        for (LanguageSettings.MistakenForm form : forms) {
            byFirst.computeIfAbsent(form.wrong().charAt(0), c -> new ArrayList<>()).add(form);
            starts[form.wrong().charAt(0)] = true;
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.wrong().length() - a.wrong().length()));
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        String text = block.text();
        for (int i = 0; i < text.length(); i++) {
            if (!starts[text.charAt(i)]) {
                continue;
            }
            for (LanguageSettings.MistakenForm form : byFirst.get(text.charAt(i))) {
                String wrong = form.wrong();
                if (text.startsWith(wrong, i) && !insideLookAlike(text, i, i + wrong.length(), form.lookAlikes())) {
                    boolean single = form.correct().size() == 1;
                    found.add(block.finding(FindingKind.MISTAKEN_FORMS, i, i + wrong.length(), "“" + wrong + "”是错别字或不规范的写法，应写作“"
                            + String.join("”或“", form.correct()) + "”。", single ? form.correct().get(0) : null));
                    i += wrong.length() - 1;
                    break;
                }
            }
        }
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
