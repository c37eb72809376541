package jianbao.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether two Chinese characters sound alike (the same pinyin, tones aside): the slips of a pinyin
 * input method. Read from a table of the characters of GB 2312 by sound (homophones.txt, made with
 * ICU4J's Han-Latin transliterator), which loads in a few milliseconds where the transliterator
 * takes most of a second.
 */
final class Homophones {

    private static final Map<Character, String> SOUNDS = load();

    private Homophones() {
    }

    static boolean alike(char a, char b) {
        String sound = SOUNDS.get(a);
        return sound != null && sound.equals(SOUNDS.get(b));
    }

    private static Map<Character, String> load() {
        Map<Character, String> sounds = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Homophones.class.getResourceAsStream("homophones.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                String sound = line.substring(0, space);
                line.substring(space + 1).chars().forEach(c -> sounds.put((char) c, sound));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sounds;
    }
}
