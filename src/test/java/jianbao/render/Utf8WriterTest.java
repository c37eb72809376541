package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's bytes are those of String.getBytes(UTF_8) for its text, however the text comes in pieces,
 * text already encoded and values printed by a template among them.
 */
class Utf8WriterTest {

    private static final char[] ALPHABET = {'a', '<', '\n', 'é', '·', '上', '街', '　', '“', '\uD83D', '\uDE00', '\uD842', '\uDFB7', '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void givesTheBytesOfTheWholeStringForRandomPiecesWithPairedAndLoneSurrogates() throws IOException {
        Random random = new Random(20261130);
        Utf8Writer writer = new Utf8Writer();
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 2900 ? 40 : 5000);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String whole = text.toString();
            writer.reset();
            for (int at = 0; at < whole.length(); ) {
                int n = Math.min(whole.length() - at, 1 + random.nextInt(8));
                String piece = whole.substring(at, at + n);
                switch (random.nextInt(5)) {
                    case 0 -> writer.write(piece);
                    case 1 -> writer.write(whole.toCharArray(), at, n);
                    case 2 -> {
                        if (piece.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                            writer.write(piece);
                        } else {
                            writer.writeEncoded(piece.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    case 3 -> writer.write(piece.chars().anyMatch(c -> Character.isSurrogate((char) c))
                            ? piece : new EncodedHtml(piece.getBytes(StandardCharsets.UTF_8)));
                    default -> {
                        writer.write(whole.charAt(at));
                        n = 1;
                    }
                }
                at += n;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), writer.toByteArray(), () -> "for " + whole.chars()
                    .mapToObj(c -> Integer.toHexString(c)).toList());
        }
    }
}
