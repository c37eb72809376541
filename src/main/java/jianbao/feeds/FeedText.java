package jianbao.feeds;

/**
 * Text that every feed format can carry. XML 1.0 forbids most control characters and unpaired
 * surrogates (text extracted from a printed document sometimes has them); they are dropped, so that
 * RSS, Atom and JSON Feed carry the same text and no entry can make a feed unreadable.
 */
final class FeedText {

    private FeedText() {
    }

    static String clean(String text) {
        if (text == null || allAllowed(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(FeedText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Whether every character of {@code text} may stay: a plain loop, since every entry's HTML is looked through. */
    private static boolean allAllowed(String text) {
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            if (!allowed(c)) {
                return false;
            }
            at += Character.charCount(c);
        }
        return true;
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
