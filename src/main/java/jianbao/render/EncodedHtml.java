package jianbao.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;

/**
 * Markup that a template prints as it is, held as UTF-8 bytes: a page's QR code (a few kilobytes of
 * markup on every issue and article page) is made as bytes, and a {@link Utf8Writer} copies them
 * instead of encoding characters. Anything else that prints it, a filter or a macro, gets the
 * characters ({@link #toString()}), decoded when first asked for.
 */
final class EncodedHtml extends SafeString {

    private final byte[] utf8;
    private String text;

    /** @param utf8 well-formed UTF-8, kept as it is (not copied) */
    EncodedHtml(byte[] utf8) {
        super(null);
        this.utf8 = utf8;
    }

    byte[] utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
        }
        return text;
    }

    /**
     * Equal to markup of the same text. (A plain {@code SafeString} asked the other way round says no:
     * it compares a field that this class leaves empty. Nothing here compares markup.)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SafeString safe && toString().equals(safe.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
