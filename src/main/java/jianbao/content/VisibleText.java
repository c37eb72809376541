package jianbao.content;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Whether text shows anything to a reader. A headline or a name made only of zero-width spaces,
 * full-width spaces, joiners, fillers or other characters that draw nothing looks empty on the page
 * and in a link, however long it is.
 */
final class VisibleText {

    private static final int BRAILLE_BLANK = 0x2800;

    private VisibleText() {
    }

    /** True when no character of {@code text} draws anything; true for empty text. */
    static boolean isInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!drawsNothing(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean drawsNothing(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == BRAILLE_BLANK
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}
