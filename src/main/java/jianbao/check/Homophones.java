package jianbao.check;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Whether two Chinese characters sound alike (the same pinyin, tones aside): the slips of a pinyin input method. */
final class Homophones {

    private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final Map<Character, String> SOUNDS = new ConcurrentHashMap<>();

    private Homophones() {
    }

    static boolean alike(char a, char b) {
        return ProseBlock.isHan(a) && ProseBlock.isHan(b) && sound(a).equals(sound(b));
    }

    private static String sound(char c) {
        return SOUNDS.computeIfAbsent(c, k -> {
            synchronized (TO_PINYIN) {
                return TO_PINYIN.transliterate(String.valueOf(k)).strip();
            }
        });
    }
}
